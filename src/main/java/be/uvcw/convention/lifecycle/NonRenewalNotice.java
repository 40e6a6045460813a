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

/** A non-renewal letter received by the Union (art. 8) and the decision taken on it. */
@Entity
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

  public Long getId() {
    return id;
  }

  public Long getConventionId() {
    return conventionId;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getLetterDate() {
    return letterDate;
  }

  public String getReference() {
    return reference;
  }

  public String getScanFileName() {
    return scanFileName;
  }

  public String getScanContentType() {
    return scanContentType;
  }

  public byte[] getScan() {
    return scan;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public LocalDate getRenewalDate() {
    return renewalDate;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public LocalDate getNextDeadline() {
    return nextDeadline;
  }

  public String getReason() {
    return reason;
  }
}
