package be.uvcw.convention.billing.web;

import be.uvcw.convention.billing.CreditNote;
import be.uvcw.convention.billing.Invoice;
import be.uvcw.convention.billing.InvoiceBalances;
import be.uvcw.convention.billing.ReceivableState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** An invoice as the REST API shows it. */
record InvoiceJson(
    Long id,
    String number,
    String state,
    Long organisationId,
    Long conventionId,
    Long runId,
    String customerName,
    LocalDate billingDate,
    LocalDate issueDate,
    LocalDate dueDate,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<LineJson> lines,
    BigDecimal totalExclVat,
    BigDecimal vatRatePercent,
    BigDecimal vatAmount,
    BigDecimal totalInclVat,
    String structuredCommunication,
    List<CreditNoteJson> creditNotes,
    String receivableState,
    String receivableStateLabel,
    BigDecimal credited,
    BigDecimal paid,
    BigDecimal outstanding) {

  record LineJson(YearMonth month, String description, BigDecimal unitPrice, int reductionPercent, BigDecimal amount) {}

  record CreditNoteJson(String number, LocalDate issueDate, String reason, List<YearMonth> months, BigDecimal totalExclVat,
                        BigDecimal vatAmount, BigDecimal totalInclVat, String state) {}

  /** {@code receivableState}: ISSUED, SENT, PARTLY_PAID, PAID, CREDITED (DRAFT for drafts); amounts from invoice_balance. */
  static InvoiceJson of(Invoice i, List<CreditNote> notes, InvoiceBalances.Balance balance) {
    ReceivableState receivable = balance.state(i.getState(), i.getTotalInclVat());
    return new InvoiceJson(i.getId(), i.getNumber(), i.getState().name(), i.getOrganisationId(), i.getConventionId(), i.getRunId(),
        i.getCustomerName(), i.getBillingDate(), i.getIssueDate(), i.getDueDate(), i.getPeriodStart(), i.getPeriodEnd(),
        i.getLines().stream().map(l -> new LineJson(YearMonth.from(l.getMonth()), l.getDescription(), l.getUnitPrice(),
            l.getReductionPercent(), l.getAmount())).toList(),
        i.getTotalExclVat(), i.getVatRatePercent(), i.getVatAmount(), i.getTotalInclVat(),
        i.getStructuredCommunication() == null ? null : i.communication().formatted(),
        notes.stream().map(n -> new CreditNoteJson(n.getNumber(), n.getIssueDate(), n.getReason(),
            n.getLines().stream().map(l -> YearMonth.from(l.getMonth())).toList(), n.getTotalExclVat(), n.getVatAmount(),
            n.getTotalInclVat(), n.getState().name())).toList(),
        receivable.name(), receivable.label(), balance.credited(), balance.paid(), balance.outstanding());
  }
}
