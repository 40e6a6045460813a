package be.uvcw.convention.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An issued invoice that still asks for money (invoice_balance.outstanding > 0), amounts incl. VAT. */
public record OpenItem(long invoiceId, String number, long organisationId, String organisation, String enterpriseNumber,
                       LocalDate issueDate, LocalDate dueDate, BigDecimal total, BigDecimal paid, BigDecimal credited,
                       BigDecimal outstanding) {

  /** Days past the due date on that day; negative while not yet due. */
  public long daysOverdue(LocalDate asOf) {
    return AgedBalance.daysPastDue(dueDate, asOf);
  }
}
