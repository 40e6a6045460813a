package be.uvcw.convention.misuse;

import be.uvcw.convention.error.Conflict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** A misuse case on a convention (art. 6.11): facts, warning, suspension, judicial report, closure. */
@Entity
@Getter
public class MisuseCase {

  public enum State { OPEN, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long conventionId;
  private String facts;
  private String openedBy;
  private Instant openedAt;

  @Enumerated(EnumType.STRING)
  private State state;

  private boolean suspended;
  private LocalDate judicialReportDate;
  private String judicialReference;
  private Instant closedAt;
  private String processInstanceId;

  protected MisuseCase() {}

  public MisuseCase(Long conventionId, String facts, String openedBy, Instant openedAt) {
    this.conventionId = conventionId;
    this.facts = facts;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.state = State.OPEN;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void suspend() {
    requireOpen();
    this.suspended = true;
  }

  void lift() {
    this.suspended = false;
  }

  void reportToJudicialAuthorities(LocalDate date, String reference) {
    requireOpen();
    this.judicialReportDate = date;
    this.judicialReference = reference;
  }

  void close(Instant now) {
    this.suspended = false;
    this.state = State.CLOSED;
    this.closedAt = now;
  }

  private void requireOpen() {
    if (state != State.OPEN) {
      throw new Conflict("Le dossier d'usage abusif " + id + " est clos.");
    }
  }
}
