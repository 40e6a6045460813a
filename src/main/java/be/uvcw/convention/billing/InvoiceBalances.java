package be.uvcw.convention.billing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the {@code invoice_balance} view: what each issued invoice asks, was credited and was paid. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InvoiceBalances {

  /** A draft has no balance: {@link #NONE}. */
  public record Balance(BigDecimal credited, BigDecimal paid, BigDecimal outstanding) {
    public static final Balance NONE = new Balance(null, null, null);

    public ReceivableState state(InvoiceState invoiceState, BigDecimal total) {
      return credited == null ? ReceivableState.DRAFT : ReceivableState.of(invoiceState, total, credited, paid);
    }
  }

  private final JdbcTemplate jdbc;

  public Map<Long, Balance> of(List<Long> invoiceIds) {
    Map<Long, Balance> balances = new HashMap<>();
    if (invoiceIds.isEmpty()) {
      return balances;
    }
    jdbc.query("select invoice_id, credited, paid, outstanding from invoice_balance where invoice_id = any(?)",
        rs -> {
          balances.put(rs.getLong(1), new Balance(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
        }, (Object) invoiceIds.toArray(Long[]::new));
    return balances;
  }
}
