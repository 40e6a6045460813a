package be.uvcw.convention.tooling.install;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** An adaptation package delivered into one space for one Tool; every later (re-)installation keeps it. */
@Entity
@Table(name = "adaptation_delivery")
@Getter
public class InstalledAdaptation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long adaptationRequestId;
  private Long spaceId;
  private Long toolId;
  private String reference;
  private Instant deliveredAt;

  protected InstalledAdaptation() {}

  public InstalledAdaptation(Long adaptationRequestId, Long spaceId, Long toolId, String reference, Instant deliveredAt) {
    this.adaptationRequestId = adaptationRequestId;
    this.spaceId = spaceId;
    this.toolId = toolId;
    this.reference = reference;
    this.deliveredAt = deliveredAt;
  }

  /** A reopened adaptation is delivered again under its new package reference. */
  public void redelivered(String reference, Instant now) {
    this.reference = reference;
    this.deliveredAt = now;
  }
}
