package be.uvcw.convention.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The open invoices and the payers' known IBANs, loaded once per import (a statement of 10,000
 * credits costs three queries, not 30,000) and kept up to date as the import allocates. Invoices
 * that are not open are looked up in the database when a communication names them.
 */
final class ReceivablesSnapshot implements PaymentMatcher.Receivables {

  static final String INVOICES = "select i.id, i.number, i.organisation_id, o.name, i.structured_communication, i.issue_date,"
      + " b.outstanding from invoice_balance b join invoice i on i.id = b.invoice_id join organisation o on o.id = i.organisation_id";

  private static final RowMapper<PaymentMatcher.OpenInvoice> ROW = (rs, n) -> new PaymentMatcher.OpenInvoice(
      rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
      rs.getObject(6, java.time.LocalDate.class), rs.getBigDecimal(7));

  private final JdbcTemplate jdbc;
  private final Map<Long, PaymentMatcher.OpenInvoice> open = new LinkedHashMap<>();
  private final Map<String, Long> byCommunication = new HashMap<>();
  private final Map<String, Long> byNumber = new HashMap<>();
  private final Map<String, Set<Long>> organisationsByIban = new HashMap<>();
  /** Invoices this import paid in full: a later credit naming them sees them paid. */
  private final Map<Long, PaymentMatcher.OpenInvoice> paid = new HashMap<>();

  ReceivablesSnapshot(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.query(INVOICES + " where b.outstanding > 0 order by i.issue_date, i.id", ROW).forEach(this::put);
    jdbc.query("select distinct c.counterparty_iban, i.organisation_id from bank_credit c"
            + " join payment_allocation a on a.bank_credit_id = c.id and a.undone_at is null"
            + " join invoice i on i.id = a.invoice_id where c.counterparty_iban is not null",
        rs -> {
          payerKnown(rs.getString(1), rs.getLong(2));
        });
  }

  private void put(PaymentMatcher.OpenInvoice invoice) {
    open.put(invoice.id(), invoice);
    byCommunication.put(invoice.structuredCommunication(), invoice.id());
    byNumber.put(invoice.number(), invoice.id());
  }

  void payerKnown(String iban, long organisationId) {
    organisationsByIban.computeIfAbsent(iban, k -> new HashSet<>()).add(organisationId);
  }

  /** An allocation made by this import: the invoice asks that much less (and leaves the open set when paid). */
  void allocated(PaymentMatcher.OpenInvoice invoice, BigDecimal amount) {
    PaymentMatcher.OpenInvoice current = open.get(invoice.id());
    if (current == null) {
      return;
    }
    BigDecimal outstanding = current.outstanding().subtract(amount);
    PaymentMatcher.OpenInvoice updated = new PaymentMatcher.OpenInvoice(current.id(), current.number(), current.organisationId(),
        current.organisationName(), current.structuredCommunication(), current.issueDate(), outstanding);
    if (outstanding.signum() > 0) {
      open.put(current.id(), updated);
    } else {
      open.remove(current.id());
      paid.put(current.id(), updated);
    }
  }

  @Override
  public Optional<PaymentMatcher.OpenInvoice> byStructuredCommunication(String twelveDigits) {
    Long id = byCommunication.get(twelveDigits);
    if (id != null) {
      return Optional.ofNullable(open.containsKey(id) ? open.get(id) : paid.get(id));
    }
    return jdbc.query(INVOICES + " where i.structured_communication = ?", ROW, twelveDigits).stream().findFirst()
        .map(i -> paid.getOrDefault(i.id(), i));
  }

  @Override
  public Optional<PaymentMatcher.OpenInvoice> byNumber(String number) {
    Long id = byNumber.get(number);
    if (id != null) {
      return Optional.ofNullable(open.containsKey(id) ? open.get(id) : paid.get(id));
    }
    return jdbc.query(INVOICES + " where i.number = ?", ROW, number).stream().findFirst()
        .map(i -> paid.getOrDefault(i.id(), i));
  }

  @Override
  public List<PaymentMatcher.OpenInvoice> openInvoicesOfPayer(String iban) {
    Set<Long> organisations = organisationsByIban.getOrDefault(iban, Set.of());
    if (organisations.isEmpty()) {
      return List.of();
    }
    List<PaymentMatcher.OpenInvoice> result = new ArrayList<>();
    open.values().stream().filter(i -> organisations.contains(i.organisationId())).forEach(result::add);
    return result;
  }

  @Override
  public List<PaymentMatcher.OpenInvoice> openInvoicesAsking(BigDecimal amount) {
    return open.values().stream().filter(i -> i.outstanding().compareTo(amount) == 0).limit(10).toList();
  }
}
