package be.uvcw.convention.lifecycle;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** A non-renewal letter received by the Union (art. 8) and the decision taken on it. */
@Entity
@Getter
public class NonRenewalNotice {

  public enum Outcome { ACCEPTED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long conventionId;
  private LocalDate receivedOn;
  private LocalDate letterDate;
  private String reference;
  private String scanFileName;
  private String scanContentType;

  @Basic(fetch = FetchType.LAZY)
  private byte[] scan;

  private String registeredBy;
  private Instant registeredAt;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private LocalDate renewalDate;
  private LocalDate deadline;
  private LocalDate endDate;
  private LocalDate nextDeadline;
  private String reason;

  protected NonRenewalNotice() {}

  public NonRenewalNotice(Long conventionId, NoticeLetter letter, String registeredBy, Instant registeredAt,
      NonRenewalRules.Decision decision) {
    this.conventionId = conventionId;
    this.receivedOn = letter.receivedOn();
    this.letterDate = letter.letterDate();
    this.reference = letter.reference();
    if (letter.scan() != null) {
      this.scanFileName = letter.scan().fileName();
      this.scanContentType = letter.scan().contentType();
      this.scan = letter.scan().content();
    }
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.outcome = decision.accepted() ? Outcome.ACCEPTED : Outcome.REFUSED;
    this.renewalDate = decision.renewalDate();
    this.deadline = decision.deadline();
    this.endDate = decision.endDate();
    this.nextDeadline = decision.nextDeadline();
    this.reason = decision.reason();
  }

  public boolean isAccepted() {
    return outcome == Outcome.ACCEPTED;
  }
}
