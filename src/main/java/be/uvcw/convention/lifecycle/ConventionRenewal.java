package be.uvcw.convention.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** One tacit renewal of a convention (art. 8), kept on its record. */
@Entity
@Getter
public class ConventionRenewal {

  public enum Source { TIMER, IMPORT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long conventionId;
  private LocalDate renewalDate;
  private LocalDate termEnd;
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  private Source source;

  protected ConventionRenewal() {}

  public ConventionRenewal(Long conventionId, LocalDate renewalDate, LocalDate termEnd, Instant recordedAt, Source source) {
    this.conventionId = conventionId;
    this.renewalDate = renewalDate;
    this.termEnd = termEnd;
    this.recordedAt = recordedAt;
    this.source = source;
  }
}
