package be.uvcw.convention.receivables;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receivables (créances): the open items read from invoice_balance, and their aged balance. */
@Service
@RequiredArgsConstructor
public class ReceivablesService {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Every issued invoice with something outstanding, oldest due date first. */
  @Transactional(readOnly = true)
  public List<OpenItem> openItems() {
    return jdbc.query("select i.id, i.number, i.organisation_id, i.customer_name, i.customer_enterprise_number, i.issue_date,"
            + " i.due_date, b.total_incl_vat, b.paid, b.credited, b.outstanding"
            + " from invoice i join invoice_balance b on b.invoice_id = i.id"
            + " where b.outstanding > 0 order by i.due_date, i.number_year, i.number_sequence",
        (rs, n) -> new OpenItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getBigDecimal(9),
            rs.getBigDecimal(10), rs.getBigDecimal(11)));
  }

  @Transactional(readOnly = true)
  public List<AgedBalance.Line> agedBalance(LocalDate asOf) {
    return AgedBalance.of(openItems(), asOf);
  }
}
