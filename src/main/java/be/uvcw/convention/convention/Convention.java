package be.uvcw.convention.convention;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.platform.french.FrenchText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;

/** A convention d'accès between the Union and one organisation, from its request to its end. */
@Entity
@Getter
public class Convention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  private ConventionStatus status;

  private Instant requestedAt;
  private String requesterEmail;
  private String processInstanceId;
  private String refusalReason;

  /** Monthly fee excl. VAT and reduction as written in the convention document when it was generated. */
  private BigDecimal monthlyFee;
  private int reductionPercent;

  private LocalDate presidentSignedOn;
  private String presidentSignedPlace;
  private LocalDate secretarySignedOn;
  private String secretarySignedPlace;
  private String unionSignatoryName;
  private LocalDate unionSignedOn;
  private String unionSignedPlace;

  private LocalDate signatureDate;
  private LocalDate startDate;
  private LocalDate currentTermEnd;
  private LocalDate limitEnd;
  private LocalDate endDate;

  /** Imported conventions only: first day of the last month already invoiced outside the application (V60). */
  private LocalDate invoicedOutsideUntil;
  private Instant importedAt;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "convention_requested_tool",
      joinColumns = @JoinColumn(name = "convention_id"),
      inverseJoinColumns = @JoinColumn(name = "tool_id"))
  private Set<Tool> requestedTools = new LinkedHashSet<>();

  protected Convention() {}

  public Convention(Organisation organisation, String requesterEmail, Set<Tool> requestedTools, Instant requestedAt) {
    this.organisation = organisation;
    this.requesterEmail = requesterEmail;
    this.requestedTools.addAll(requestedTools);
    this.requestedAt = requestedAt;
    this.status = ConventionStatus.UNDER_REVIEW;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void acceptRequest(BigDecimal monthlyFee, int reductionPercent) {
    requireStatus(ConventionStatus.UNDER_REVIEW);
    this.monthlyFee = monthlyFee;
    this.reductionPercent = reductionPercent;
    this.status = ConventionStatus.AWAITING_SIGNATURES;
  }

  /** Closes a request that will never be signed: refused by the Union, by a signatory, or expired. */
  public void close(ConventionStatus outcome, String reason) {
    if (outcome != ConventionStatus.REFUSED && outcome != ConventionStatus.CANCELLED && outcome != ConventionStatus.EXPIRED) {
      throw new IllegalArgumentException("Not a closing outcome: " + outcome);
    }
    if (status != ConventionStatus.UNDER_REVIEW && status != ConventionStatus.AWAITING_SIGNATURES) {
      throw new Conflict("La convention " + id + " n'est plus en cours de demande (" + status.label() + ").");
    }
    this.status = outcome;
    this.refusalReason = reason;
  }

  public void recordPresidentSignature(Signature signature) {
    requireStatus(ConventionStatus.AWAITING_SIGNATURES);
    this.presidentSignedOn = signature.date();
    this.presidentSignedPlace = signature.place();
  }

  public void recordSecretarySignature(Signature signature) {
    requireStatus(ConventionStatus.AWAITING_SIGNATURES);
    this.secretarySignedOn = signature.date();
    this.secretarySignedPlace = signature.place();
  }

  public void recordUnionSignature(String signatoryName, Signature signature) {
    requireStatus(ConventionStatus.AWAITING_SIGNATURES);
    this.unionSignatoryName = signatoryName;
    this.unionSignedOn = signature.date();
    this.unionSignedPlace = signature.place();
  }

  /** All three have signed: the convention is in force from the first day of the following month. */
  public ConventionDates activate() {
    requireStatus(ConventionStatus.AWAITING_SIGNATURES);
    if (presidentSignedOn == null || secretarySignedOn == null || unionSignedOn == null) {
      throw new Conflict("La convention " + id + " n'a pas encore les trois signatures.");
    }
    ConventionDates dates = ConventionDates.fromSignature(
        ConventionDates.signatureDate(presidentSignedOn, secretarySignedOn, unionSignedOn));
    applyDates(dates);
    this.status = ConventionStatus.ACTIVE;
    return dates;
  }

  /**
   * Marks a convention signed on paper as imported; the billing catch-up invoices only the months
   * after {@code invoicedOutsideUntil} (null when nothing was invoiced outside the application).
   */
  public void recordImport(Instant importedAt, java.time.YearMonth invoicedOutsideUntil) {
    this.importedAt = importedAt;
    this.invoicedOutsideUntil = invoicedOutsideUntil == null ? null : invoicedOutsideUntil.atDay(1);
  }

  /** A convention signed before the application existed, imported as active. */
  public void activateImported(ConventionDates dates, LocalDate today) {
    requireStatus(ConventionStatus.UNDER_REVIEW);
    applyDates(dates);
    this.currentTermEnd = dates.termEndOn(today.isBefore(dates.start()) ? dates.start() : today);
    this.status = ConventionStatus.ACTIVE;
  }

  private void applyDates(ConventionDates dates) {
    this.signatureDate = dates.signatureDate();
    this.startDate = dates.start();
    this.currentTermEnd = dates.firstTermEnd();
    this.limitEnd = dates.limitEnd();
  }

  /** The dates rule object for this convention, once signed. */
  public ConventionDates dates() {
    if (signatureDate == null) {
      throw new Conflict("La convention " + id + " n'est pas encore signée.");
    }
    return new ConventionDates(signatureDate, startDate);
  }

  /** Tacit renewal: the term now runs to the day before the next renewal (or to the 48-month limit). */
  public void renewTerm(LocalDate renewalDate) {
    requireStatus(ConventionStatus.ACTIVE);
    this.currentTermEnd = dates().termEndOn(renewalDate);
  }

  /** The convention will end on that day (accepted non-renewal or 48-month limit). */
  public void setEndDate(LocalDate endDate) {
    if (endDate.isAfter(limitEnd)) {
      throw new BadInput("La date de fin " + FrenchText.date(endDate) + " dépasse la limite de 48 mois (" + FrenchText.date(limitEnd) + ").");
    }
    this.endDate = endDate;
  }

  public void markEnded() {
    requireStatus(ConventionStatus.ACTIVE);
    if (endDate == null) {
      this.endDate = limitEnd;
    }
    this.status = ConventionStatus.ENDED;
  }

  /** In force on that day: active (or ended later) and within its dates. */
  public boolean inForceOn(LocalDate day) {
    return (status == ConventionStatus.ACTIVE || status == ConventionStatus.ENDED)
        && dates().inForceOn(day, endDate);
  }

  private void requireStatus(ConventionStatus expected) {
    if (status != expected) {
      throw new Conflict(
          "La convention " + id + " est « " + status.label() + " » et non « " + expected.label() + " ».");
    }
  }
}
