package be.uvcw.convention.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A bank statement as read from its file: the account, the bank's own identification of the
 * statement, and its credit lines. Debits are counted and dropped: the Union's payments out are
 * not invoices paid.
 */
public record ParsedStatement(
    StatementFormat format,
    String accountIban,
    String statementRef,
    LocalDate statementDate,
    List<Credit> credits,
    int debitsIgnored) {

  /**
   * One credit: {@code entryRef} identifies it in the account across statements (the bank's
   * reference where it gives one); {@code structuredCommunication} holds the twelve digits when the
   * payer used a Belgian structured communication (check digits not verified here: matching does).
   */
  public record Credit(
      String entryRef,
      LocalDate bookingDate,
      LocalDate valueDate,
      BigDecimal amount,
      String currency,
      String counterpartyName,
      String counterpartyIban,
      String communication,
      String structuredCommunication) {}
}
