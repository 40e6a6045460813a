package be.uvcw.convention.billing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns drafts into issued invoices: numbers from {@link DocumentNumbering} and the structured
 * communication, in the caller's transaction, so a rollback gives the numbers back.
 */
@Component
public class InvoiceIssuer {

  private final JdbcTemplate jdbc;
  private final DocumentNumbering numbering;
  private final Clock clock;
  private final int paymentTermDays;

  /** paymentTermDays: the due date is that many days after the issue date (DOMAIN.md: 30 unless the settings say otherwise). */
  public InvoiceIssuer(JdbcTemplate jdbc, DocumentNumbering numbering, Clock clock,
      @Value("${convention.billing.payment-term-days:30}") int paymentTermDays) {
    if (paymentTermDays < 1) {
      throw new IllegalArgumentException("convention.billing.payment-term-days must be at least 1, not " + paymentTermDays);
    }
    this.jdbc = jdbc;
    this.numbering = numbering;
    this.clock = clock;
    this.paymentTermDays = paymentTermDays;
  }

  /** Issues those drafts in id order (ids that are no longer drafts are skipped); returns how many. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int issue(List<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return 0;
    }
    List<Long> drafts = jdbc.queryForList(
        "select id from invoice where id = any(?) and state = 'DRAFT' order by id for update", Long.class,
        (Object) invoiceIds.toArray(Long[]::new));
    if (drafts.isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    int first = numbering.take(DocumentNumbering.Kind.INVOICE, year, drafts.size());
    Timestamp now = Timestamp.from(clock.instant());
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      int sequence = first + i;
      rows.add(new Object[] {DocumentNumbering.format(DocumentNumbering.Kind.INVOICE, year, sequence), year, sequence,
          Date.valueOf(today), Date.valueOf(today.plusDays(paymentTermDays)),
          StructuredCommunication.forDocument(year, false, sequence).digits(), now, drafts.get(i)});
    }
    jdbc.batchUpdate("update invoice set state = 'ISSUED', number = ?, number_year = ?, number_sequence = ?, issue_date = ?,"
        + " due_date = ?, structured_communication = ?, issued_at = ? where id = ?", rows);
    return drafts.size();
  }
}
