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
    String state) {

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
