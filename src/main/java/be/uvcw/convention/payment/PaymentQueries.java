package be.uvcw.convention.payment;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.billing.InvoiceState;
import be.uvcw.convention.billing.ReceivableState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read side of payments: statements, credits with what they pay, payments per invoice or organisation. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PaymentQueries {

  private final JdbcTemplate jdbc;

  public record Statement(long id, String format, String accountIban, String statementRef, LocalDate statementDate, String fileName,
                          Instant importedAt, String importedBy, int creditCount, int debitsIgnored) {}

  public record Allocation(long id, long bankCreditId, String invoiceNumber, long organisationId, BigDecimal amount, String method,
                           Instant allocatedAt, String allocatedBy, String note, Instant undoneAt, String undoneBy, String undoReason) {}

  public record Credit(long id, long statementId, String entryRef, String accountIban, LocalDate bookingDate, LocalDate valueDate,
                       BigDecimal amount, String currency, String counterpartyName, String counterpartyIban, String communication,
                       String structuredCommunication, String state, BigDecimal unallocated, String ignoredReason, String ignoredBy,
                       List<Allocation> allocations) {}

  /** A payment as an organisation sees it: when, how much, on which invoice (no other organisation's data). */
  public record Payment(long allocationId, String invoiceNumber, LocalDate paidOn, BigDecimal amount, String payer,
                        String communication, String method) {}

  public List<Statement> statements() {
    return jdbc.query("select id, format, account_iban, statement_ref, statement_date, file_name, imported_at, imported_by,"
        + " credit_count, debits_ignored from bank_statement order by statement_date desc, id desc limit 200",
        (rs, n) -> new Statement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
            rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getInt(9), rs.getInt(10)));
  }

  /** Credits, newest first; {@code state} filters (UNMATCHED, PARTLY_MATCHED, MATCHED, IGNORED). */
  public List<Credit> credits(String state, Long statementId) {
    StringBuilder sql = new StringBuilder(CREDIT_SELECT).append(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (state != null && !state.isBlank()) {
      if (!List.of("UNMATCHED", "PARTLY_MATCHED", "MATCHED", "IGNORED").contains(state)) {
        throw new BadInput("État « " + state + " » inconnu : UNMATCHED, PARTLY_MATCHED, MATCHED ou IGNORED.");
      }
      sql.append(" and c.state = ?");
      args.add(state);
    }
    if (statementId != null) {
      sql.append(" and c.statement_id = ?");
      args.add(statementId);
    }
    sql.append(" order by c.booking_date desc, c.id desc limit 1000");
    return withAllocations(jdbc.query(sql.toString(), this::creditRow, args.toArray()));
  }

  public Credit credit(long id) {
    List<Credit> found = withAllocations(jdbc.query(CREDIT_SELECT + " where c.id = ?", this::creditRow, id));
    if (found.isEmpty()) {
      throw new NotFound("Le crédit bancaire " + id + " n'existe pas.");
    }
    return found.get(0);
  }

  /** Every allocation of an invoice, undone ones included (with who undid it and why). */
  public List<Allocation> allocationsOfInvoice(String number) {
    return jdbc.query(ALLOCATION_SELECT + " where i.number = ? order by a.id", this::allocationRow, number);
  }

  /** The organisation of an invoice, or empty. */
  public java.util.Optional<Long> organisationOfInvoice(String number) {
    return jdbc.queryForList("select organisation_id from invoice where number = ? and state <> 'DRAFT'", Long.class, number)
        .stream().findFirst();
  }

  /** The payments received on the organisation's invoices (active allocations). */
  public List<Payment> paymentsOfOrganisation(long organisationId) {
    return jdbc.query("select a.id, i.number, c.booking_date, a.amount, c.counterparty_name, c.communication, a.method"
            + " from payment_allocation a join invoice i on i.id = a.invoice_id join bank_credit c on c.id = a.bank_credit_id"
            + " where i.organisation_id = ? and a.undone_at is null order by c.booking_date desc, a.id desc",
        (rs, n) -> new Payment(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getString(5),
            rs.getString(6), rs.getString(7)), organisationId);
  }

  /** An invoice that still asks something, with its receivable state. */
  public record OpenInvoice(String number, LocalDate issueDate, LocalDate dueDate, BigDecimal totalInclVat, BigDecimal credited,
                            BigDecimal paid, BigDecimal outstanding, String state, String stateLabel, String structuredCommunication) {}

  public List<OpenInvoice> openInvoicesOfOrganisation(long organisationId) {
    return jdbc.query("select i.number, i.issue_date, i.due_date, b.total_incl_vat, b.credited, b.paid, b.outstanding,"
            + " i.state, i.structured_communication from invoice_balance b join invoice i on i.id = b.invoice_id"
            + " where i.organisation_id = ? and b.outstanding > 0 order by i.issue_date, i.id",
        (rs, n) -> {
          ReceivableState state = ReceivableState.of(InvoiceState.valueOf(rs.getString(8)), rs.getBigDecimal(4), rs.getBigDecimal(5),
              rs.getBigDecimal(6));
          return new OpenInvoice(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
              rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), state.name(), state.label(),
              rs.getString(9));
        }, organisationId);
  }

  public String tenantOf(long organisationId) {
    return jdbc.queryForList("select tenant_id from organisation where id = ?", String.class, organisationId).stream().findFirst()
        .orElseThrow(() -> new NotFound("L'organisation " + organisationId + " n'existe pas."));
  }

  private static final String CREDIT_SELECT = "select c.id, c.statement_id, c.entry_ref, c.account_iban, c.booking_date, c.value_date,"
      + " c.amount, c.currency, c.counterparty_name, c.counterparty_iban, c.communication, c.structured_communication, c.state,"
      + " case when c.state = 'IGNORED' then 0 else c.amount - coalesce((select sum(x.amount) from payment_allocation x"
      + " where x.bank_credit_id = c.id and x.undone_at is null), 0) end, c.ignored_reason, c.ignored_by from bank_credit c";

  private static final String ALLOCATION_SELECT = "select a.id, a.bank_credit_id, i.number, i.organisation_id, a.amount, a.method,"
      + " a.allocated_at, a.allocated_by, a.note, a.undone_at, a.undone_by, a.undo_reason"
      + " from payment_allocation a join invoice i on i.id = a.invoice_id";

  private Credit creditRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Credit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
        rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
        rs.getString(12), rs.getString(13), rs.getBigDecimal(14), rs.getString(15), rs.getString(16), List.of());
  }

  private Allocation allocationRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Allocation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getBigDecimal(5), rs.getString(6),
        rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12));
  }

  private List<Credit> withAllocations(List<Credit> credits) {
    if (credits.isEmpty()) {
      return credits;
    }
    Map<Long, List<Allocation>> byCredit = jdbc.query(ALLOCATION_SELECT + " where a.bank_credit_id = any(?) order by a.id",
            this::allocationRow, (Object) credits.stream().map(Credit::id).toArray(Long[]::new))
        .stream().collect(Collectors.groupingBy(Allocation::bankCreditId));
    return credits.stream().map(c -> new Credit(c.id(), c.statementId(), c.entryRef(), c.accountIban(), c.bookingDate(), c.valueDate(),
        c.amount(), c.currency(), c.counterpartyName(), c.counterpartyIban(), c.communication(), c.structuredCommunication(), c.state(),
        c.unallocated(), c.ignoredReason(), c.ignoredBy(), byCredit.getOrDefault(c.id(), List.of()))).toList();
  }
}
