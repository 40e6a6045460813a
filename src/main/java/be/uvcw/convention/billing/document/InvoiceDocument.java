package be.uvcw.convention.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an invoice or a credit note shows, as issued: the input of the PDF, UBL and ledger
 * writers. Built by the invoicing service from its entities; amounts are final (scale 2).
 *
 * <p>Amounts are positive for both kinds: a credit note of 82.00 EUR carries 82.00, its kind says
 * that it credits (UBL CreditNote and the PDF title do the rest; the ledger shows it negative).
 * {@code buyerReference} is the reference the customer quotes for this purchase (the convention's
 * reference, e.g. "CONV-000123"): Peppol requires a buyer reference or an order reference.
 */
public record InvoiceDocument(
    Kind kind,
    String number,
    LocalDate issueDate,
    LocalDate dueDate,
    LocalDate periodStart,
    LocalDate periodEnd,
    Party supplier,
    Party customer,
    List<Line> lines,
    BigDecimal totalExclVat,
    BigDecimal vatRatePercent,
    BigDecimal vatAmount,
    BigDecimal totalInclVat,
    String structuredCommunication,
    String iban,
    String bic,
    /** The number and issue date of the invoice a credit note corrects or a supplementary invoice completes; else null. */
    String creditedInvoiceNumber,
    LocalDate creditedInvoiceIssueDate,
    String buyerReference) {

  public enum Kind { INVOICE, CREDIT_NOTE }

  /** Name, address and Belgian enterprise number (10 digits) of a party. */
  public record Party(String name, String street, String postalCode, String city, String enterpriseNumber, String email) {}

  /**
   * One month of service: description (« Accès au Serveur CommunesPlone — avril 2026 »), the month,
   * the monthly fee excl. VAT, the reduction in percent (0 or 50) and the line amount excl. VAT.
   */
  public record Line(String description, LocalDate month, BigDecimal unitPrice, int reductionPercent, BigDecimal amount) {}
}
