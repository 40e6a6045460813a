package be.uvcw.convention.adaptation;

import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.organisation.Organisation;
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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;

/** A User's request to adapt a Tool to a local need (art. 6.2), from submission to confirmation. */
@Entity
@Getter
public class AdaptationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Organisation organisation;

  private String tenantId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Tool tool;

  private String title;
  private String description;
  private String localNeed;
  private String requestedBy;
  private Instant requestedAt;
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  private AdaptationStatus status;

  private BigDecimal workloadDays;

  @Enumerated(EnumType.STRING)
  private Benefit benefit;

  @Enumerated(EnumType.STRING)
  private TableOutcome tableOutcome;

  private Boolean accepted;
  private String decisionReason;
  private String decidedBy;
  private Instant decidedAt;
  private LocalDate dueDate;
  private String deliveryReference;
  private String deliveryNotes;
  private Instant deliveredAt;
  private int reopenCount;
  private String lastReopenReason;
  private Instant confirmedAt;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "adaptation_beneficiary",
      joinColumns = @JoinColumn(name = "adaptation_request_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> beneficiaries = new LinkedHashSet<>();

  protected AdaptationRequest() {}

  public AdaptationRequest(Organisation organisation, Tool tool, String title, String description, String localNeed,
      String requestedBy, Instant requestedAt, String processInstanceId) {
    this.organisation = organisation;
    this.tenantId = organisation.getTenantId();
    this.tool = tool;
    this.title = title;
    this.description = description;
    this.localNeed = localNeed;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.processInstanceId = processInstanceId;
    this.status = AdaptationStatus.SUBMITTED;
  }

  /** Union staff's estimate; may be given again while the request is still undecided. */
  public void estimate(BigDecimal workloadDays, Benefit benefit, Collection<Organisation> beneficiaries) {
    requireStatus(AdaptationStatus.SUBMITTED, AdaptationStatus.ESTIMATED);
    this.workloadDays = workloadDays;
    this.benefit = benefit;
    this.beneficiaries.clear();
    this.beneficiaries.addAll(beneficiaries);
    this.status = AdaptationStatus.ESTIMATED;
  }

  public void escalate(String reason, Instant now) {
    requireStatus(AdaptationStatus.ESTIMATED);
    this.tableOutcome = TableOutcome.ESCALATE;
    this.decisionReason = reason;
    this.decidedAt = now;
    this.status = AdaptationStatus.ESCALATED;
  }

  /** The table (decidedBy null) or management accepted: the work is due on that day. */
  public void accept(TableOutcome tableOutcome, String reason, String decidedBy, Instant now, LocalDate dueDate) {
    requireStatus(AdaptationStatus.ESTIMATED, AdaptationStatus.ESCALATED);
    this.tableOutcome = tableOutcome;
    this.accepted = true;
    this.decisionReason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
    this.dueDate = dueDate;
    this.status = AdaptationStatus.ACCEPTED;
  }

  public void refuse(TableOutcome tableOutcome, String reason, String decidedBy, Instant now) {
    requireStatus(AdaptationStatus.ESTIMATED, AdaptationStatus.ESCALATED);
    this.tableOutcome = tableOutcome;
    this.accepted = false;
    this.decisionReason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
    this.status = AdaptationStatus.REFUSED;
  }

  public void delivered(String reference, String notes, Instant now) {
    requireStatus(AdaptationStatus.ACCEPTED);
    this.deliveryReference = reference;
    this.deliveryNotes = notes;
    this.deliveredAt = now;
    this.status = AdaptationStatus.DELIVERED;
  }

  public void confirm(Instant now) {
    requireStatus(AdaptationStatus.DELIVERED);
    this.confirmedAt = now;
    this.status = AdaptationStatus.CONFIRMED;
  }

  /** Back to the maintenance team, due again on that day. */
  public void reopen(String reason, LocalDate dueDate) {
    requireStatus(AdaptationStatus.DELIVERED);
    this.reopenCount++;
    this.lastReopenReason = reason;
    this.dueDate = dueDate;
    this.status = AdaptationStatus.ACCEPTED;
  }

  private void requireStatus(AdaptationStatus... expected) {
    for (AdaptationStatus s : expected) {
      if (status == s) {
        return;
      }
    }
    throw new Conflict("La demande d'adaptation " + id + " est « " + status.label() + " » : opération impossible.");
  }
}
