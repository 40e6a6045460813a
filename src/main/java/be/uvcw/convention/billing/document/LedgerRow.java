package be.uvcw.convention.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice or credit note in a ledger. Drafts under review have no number, issue date or
 * structured communication yet (null). Amounts are signed: a credit note is negative, so that the
 * totals row is the net amount invoiced.
 */
public record LedgerRow(
    String number,
    InvoiceDocument.Kind kind,
    LocalDate issueDate,
    String organisation,
    String enterpriseNumber,
    LocalDate periodStart,
    LocalDate periodEnd,
    int months,
    BigDecimal totalExclVat,
    BigDecimal vatAmount,
    BigDecimal totalInclVat,
    String structuredCommunication,
    String state,
    BigDecimal paid,
    BigDecimal outstanding) {

  /** A row without payment columns (drafts, credit notes, run ledgers). */
  public LedgerRow(String number, InvoiceDocument.Kind kind, LocalDate issueDate, String organisation, String enterpriseNumber,
      LocalDate periodStart, LocalDate periodEnd, int months, BigDecimal totalExclVat, BigDecimal vatAmount, BigDecimal totalInclVat,
      String structuredCommunication, String state) {
    this(number, kind, issueDate, organisation, enterpriseNumber, periodStart, periodEnd, months, totalExclVat, vatAmount,
        totalInclVat, structuredCommunication, state, null, null);
  }

  /** The same row with what was paid on the invoice and what it still asks (invoice_balance). */
  public LedgerRow withPayments(BigDecimal paid, BigDecimal outstanding) {
    return new LedgerRow(number, kind, issueDate, organisation, enterpriseNumber, periodStart, periodEnd, months, totalExclVat,
        vatAmount, totalInclVat, structuredCommunication, state, paid, outstanding);
  }

  /** The row of an issued document; {@code state} is the French label ("Émise", "Payée", …). */
  public static LedgerRow of(InvoiceDocument document, String state) {
    boolean credit = document.kind() == InvoiceDocument.Kind.CREDIT_NOTE;
    return new LedgerRow(
        document.number(),
        document.kind(),
        document.issueDate(),
        document.customer().name(),
        document.customer().enterpriseNumber(),
        document.periodStart(),
        document.periodEnd(),
        (int) document.lines().stream().map(InvoiceDocument.Line::month).distinct().count(),
        credit ? document.totalExclVat().negate() : document.totalExclVat(),
        credit ? document.vatAmount().negate() : document.vatAmount(),
        credit ? document.totalInclVat().negate() : document.totalInclVat(),
        document.structuredCommunication(),
        state);
  }
}
