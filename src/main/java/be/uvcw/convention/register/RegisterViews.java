package be.uvcw.convention.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the « Registre des conventions » reads, as JSON for its page (static/registre). */
public final class RegisterViews {

  private RegisterViews() {}

  /** One line of the register: a convention and its organisation. */
  public record Row(Long conventionId, Long organisationId, String organisationName, String enterpriseNumber, String entity,
      String type, String typeLabel, String status, String statusLabel, LocalDate startDate, LocalDate nextDeadline,
      String nextDeadlineLabel) {}

  /** Who is reading, and what the page may offer them (the server checks each call again). */
  public record Me(String userId, String displayName, List<String> groups, boolean union, boolean canAct, boolean seesBilling,
      boolean seesMails, boolean seesProcesses) {}

  public record Dossier(ConventionPart convention, OrganisationPart organisation, List<Person> people, List<SignaturePart> signatures,
      SpacePart space, List<ToolPart> tools, List<RenewalPart> renewals, List<NoticePart> notices, List<InvoicePart> invoices,
      List<MailPart> mails, List<MisusePart> misuseCases, List<ProcessPart> timeline, List<TaskPart> openTasks,
      List<ToolPart> toolCatalog, Sections sections) {}

  /** Which parts this reader may see: a part they may not see is null in the dossier, not empty. */
  public record Sections(boolean billing, boolean mails, boolean processes, boolean actions) {}

  public record ConventionPart(Long id, String status, String statusLabel, Instant requestedAt, String refusalReason,
      BigDecimal monthlyFee, int reductionPercent, LocalDate signatureDate, LocalDate startDate, LocalDate currentTermEnd,
      LocalDate noticeDeadline, LocalDate limitEnd, LocalDate endDate, LocalDate nextDeadline, String nextDeadlineLabel,
      String documentUrl, String processInstanceId) {}

  public record OrganisationPart(Long id, String name, String type, String typeLabel, String enterpriseNumber, String entity,
      String street, String postalCode, String city, String billingEmail, String tenantId) {}

  /** A signatory; userId only for the Union (to send an access link, to propose a maintenance member). */
  public record Person(String role, String roleLabel, String fullName, String email, String userId) {}

  public record SignaturePart(String party, String name, LocalDate signedOn, String place) {}

  public record SpacePart(String state, String stateLabel, long quotaBytes, long usedBytes, double usedPercent, Instant createdAt) {}

  public record ToolPart(String code, String name, String installedVersion, String catalogVersion, String userGuideUrl,
      boolean requested) {}

  public record RenewalPart(LocalDate renewalDate, LocalDate termEnd, String source) {}

  public record NoticePart(Long id, LocalDate receivedOn, LocalDate letterDate, String reference, String outcome,
      String outcomeLabel, LocalDate renewalDate, LocalDate deadline, LocalDate endDate, String reason, String scanFileName,
      String scanUrl, String registeredBy, Instant registeredAt) {}

  public record InvoicePart(String kind, String number, String state, Long organisationId, String organisationName,
      LocalDate issueDate, LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd, BigDecimal totalExclVat,
      BigDecimal vatAmount, BigDecimal totalInclVat, BigDecimal credited, BigDecimal paid, BigDecimal outstanding,
      String invoiceNumber, String reason, String pdfUrl, String xmlUrl, List<PaymentPart> payments) {}

  public record PaymentPart(LocalDate bookingDate, BigDecimal amount, String method) {}

  public record MailPart(Long id, Instant createdAt, String recipient, String subject, String status) {}

  public record MisusePart(Long id, String facts, String state, boolean suspended, Instant openedAt) {}

  /** A process instance of this convention or its organisation, running or finished (Camunda history). */
  public record ProcessPart(String id, String processKey, String processName, String businessKey, Instant startTime,
      Instant endTime, String state, String stateLabel, String cockpitUrl) {}

  public record TaskPart(String id, String name, String processName, String assignee, Instant created, Instant due,
      String tasklistUrl) {}

  /** Finance's list of invoices and credit notes, with the totals of what is listed. */
  public record Billing(List<InvoicePart> documents, Totals totals) {}

  public record Totals(int invoiceCount, BigDecimal invoicedExclVat, BigDecimal invoicedVat, BigDecimal invoicedInclVat,
      int creditNoteCount, BigDecimal creditedExclVat, BigDecimal creditedVat, BigDecimal creditedInclVat, BigDecimal netInclVat,
      BigDecimal paid, BigDecimal outstanding) {}

  /** The managers' dashboard. */
  public record Dashboard(LocalDate today, LocalDate horizon, List<StepCount> openRequests, List<Deadline> deadlines,
      List<IncidentPart> incidents, List<InvoicePart> unpaidInvoices, BigDecimal unpaidTotal) {}

  public record StepCount(String processKey, String processName, String taskKey, String taskName, long count, Instant oldest,
      String tasklistUrl) {}

  public record Deadline(LocalDate date, String label, Long conventionId, String organisationName, String taskUrl) {}

  public record IncidentPart(String id, String processName, String activityId, String message, Instant time,
      String organisationName, Long conventionId, String cockpitUrl) {}
}
