package be.uvcw.convention.billing;

import be.uvcw.convention.billing.BillingRules.Line;
import be.uvcw.convention.billing.BillingRules.Term;
import be.uvcw.convention.billing.BillingRules.Totals;
import be.uvcw.convention.convention.FeeTerms;
import be.uvcw.convention.platform.french.FrenchText;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds DRAFT invoices for a set of conventions in one transaction, with batched JDBC (a run
 * writes tens of thousands of lines). Each line takes its (convention, month) key in billed_month:
 * a month already invoiced by a concurrent run makes the whole transaction fail, and its retry
 * then finds the month taken and skips it.
 */
@Component
@RequiredArgsConstructor
public class DraftInvoiceBuilder {

  public static final String LINE_DESCRIPTION = "Accès au Serveur CommunesPlone — %s";

  public enum Outcome { DRAFTED, NOTHING_OWED, ERROR }

  /** What became of one convention; invoiceId set when DRAFTED, error when ERROR. */
  public record Result(long conventionId, Outcome outcome, Long invoiceId, String error) {}

  /** Which months to bill: a run's (catch-up + coming semester) or the first invoice's. */
  public enum Mode { RUN, FIRST_INVOICE }

  private final JdbcTemplate jdbc;
  private final FeeScheduleService fees;
  private final Clock clock;

  private record Customer(long conventionId, long organisationId, boolean cpas, long municipalityId, Term term,
                          String name, String street, String postalCode, String city, String enterpriseNumber, String email) {}

  private record Draft(Customer customer, List<Line> lines, Totals totals) {}

  @Transactional(propagation = Propagation.MANDATORY)
  public List<Result> build(Collection<Long> conventionIds, LocalDate billingDate, Mode mode, Long runId, Integer chunkIndex) {
    if (conventionIds.isEmpty()) {
      return List.of();
    }
    Long[] ids = conventionIds.toArray(Long[]::new);
    List<Customer> customers = jdbc.query(
        "select convention_id, organisation_id, organisation_type, municipality_id, start_date, limit_end, end_date,"
            + " customer_name, customer_street, customer_postal_code, customer_city, customer_enterprise_number, customer_email"
            + " from convention_for_billing where convention_id = any(?) and billable order by convention_id",
        (rs, i) -> new Customer(rs.getLong(1), rs.getLong(2), "CPAS".equals(rs.getString(3)), rs.getLong(4),
            new Term(rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)),
            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)),
        (Object) ids);
    Map<Long, Set<YearMonth>> invoiced = new HashMap<>();
    jdbc.query("select convention_id, month from billed_month where convention_id = any(?)",
        rs -> {
          invoiced.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(YearMonth.from(rs.getObject(2, LocalDate.class)));
        }, (Object) ids);
    // Imported conventions (lifecycle, V60): the months up to invoiced_outside_until were invoiced outside the application.
    jdbc.query("select convention_id, start_date, invoiced_outside_until from convention_for_billing"
            + " where convention_id = any(?) and invoiced_outside_until is not null",
        rs -> {
          Set<YearMonth> months = invoiced.computeIfAbsent(rs.getLong(1), k -> new HashSet<>());
          YearMonth last = YearMonth.from(rs.getObject(3, LocalDate.class));
          for (YearMonth m = YearMonth.from(rs.getObject(2, LocalDate.class)); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
          }
        }, (Object) ids);
    Map<Long, List<Term>> communeTerms = communeTerms(customers);
    FeeSchedule schedule = fees.schedule();

    List<Result> results = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>();
    Set<Long> found = new HashSet<>();
    for (Customer customer : customers) {
      found.add(customer.conventionId());
      try {
        List<YearMonth> months = mode == Mode.FIRST_INVOICE
            ? BillingRules.firstInvoiceMonths(customer.term()).stream()
                .filter(m -> !invoiced.getOrDefault(customer.conventionId(), Set.of()).contains(m)).toList()
            : BillingRules.monthsOwed(customer.term(), billingDate, invoiced.getOrDefault(customer.conventionId(), Set.of()));
        if (months.isEmpty()) {
          results.add(new Result(customer.conventionId(), Outcome.NOTHING_OWED, null, null));
          continue;
        }
        List<Line> lines = BillingRules.lines(months, schedule, customer.cpas(),
            communeTerms.getOrDefault(customer.municipalityId(), List.of()));
        drafts.add(new Draft(customer, lines, BillingRules.totalsOf(lines)));
      } catch (RuntimeException e) {
        results.add(new Result(customer.conventionId(), Outcome.ERROR, null, String.valueOf(e.getMessage())));
      }
    }
    for (Long id : conventionIds) {
      if (!found.contains(id)) {
        results.add(new Result(id, Outcome.ERROR, null, "La convention " + id + " n'est pas en vigueur (ni active ni terminée)."));
      }
    }
    results.addAll(insert(drafts, billingDate, runId, chunkIndex));
    return results;
  }

  private Map<Long, List<Term>> communeTerms(List<Customer> customers) {
    Long[] municipalities = customers.stream().filter(Customer::cpas).map(Customer::municipalityId).distinct().toArray(Long[]::new);
    Map<Long, List<Term>> terms = new HashMap<>();
    if (municipalities.length == 0) {
      return terms;
    }
    jdbc.query("select municipality_id, start_date, limit_end, end_date from convention_for_billing"
            + " where organisation_type = 'COMMUNE' and billable and municipality_id = any(?)",
        rs -> {
          terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
              new Term(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
        }, (Object) municipalities);
    return terms;
  }

  private List<Result> insert(List<Draft> drafts, LocalDate billingDate, Long runId, Integer chunkIndex) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    List<Long> invoiceIds = nextIds("invoice_id_seq", drafts.size());
    int lineCount = drafts.stream().mapToInt(d -> d.lines().size()).sum();
    List<Long> lineIds = nextIds("invoice_line_id_seq", lineCount);
    Timestamp now = Timestamp.from(clock.instant());

    List<Object[]> invoiceRows = new ArrayList<>();
    List<Object[]> lineRows = new ArrayList<>();
    List<Object[]> coverageRows = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    int lineIndex = 0;
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      Customer c = draft.customer();
      long invoiceId = invoiceIds.get(i);
      LocalDate periodStart = draft.lines().get(0).month().atDay(1);
      LocalDate periodEnd = draft.lines().get(draft.lines().size() - 1).month().atEndOfMonth();
      invoiceRows.add(new Object[] {invoiceId, runId, chunkIndex, c.conventionId(), c.organisationId(), Date.valueOf(billingDate),
          Date.valueOf(periodStart), Date.valueOf(periodEnd), draft.totals().exclVat(), FeeTerms.VAT_RATE_PERCENT,
          draft.totals().vat(), draft.totals().inclVat(), c.name(), c.street(), c.postalCode(), c.city(), c.enterpriseNumber(),
          c.email(), now});
      for (Line line : draft.lines()) {
        long lineId = lineIds.get(lineIndex++);
        Date month = Date.valueOf(line.month().atDay(1));
        lineRows.add(new Object[] {lineId, invoiceId, c.conventionId(), month, description(line.month()), line.unitPrice(),
            line.reductionPercent(), line.amount()});
        coverageRows.add(new Object[] {c.conventionId(), month, lineId});
      }
      results.add(new Result(c.conventionId(), Outcome.DRAFTED, invoiceId, null));
    }
    jdbc.batchUpdate("insert into invoice (id, run_id, chunk_index, convention_id, organisation_id, state, billing_date, period_start,"
        + " period_end, total_excl_vat, vat_rate_percent, vat_amount, total_incl_vat, customer_name, customer_street,"
        + " customer_postal_code, customer_city, customer_enterprise_number, customer_email, created_at)"
        + " values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", invoiceRows);
    jdbc.batchUpdate("insert into invoice_line (id, invoice_id, convention_id, month, description, unit_price, reduction_percent, amount)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?)", lineRows);
    jdbc.batchUpdate("insert into billed_month (convention_id, month, invoice_line_id) values (?, ?, ?)", coverageRows);
    return results;
  }

  static String description(YearMonth month) {
    return String.format(LINE_DESCRIPTION, FrenchText.month(month));
  }

  private List<Long> nextIds(String sequence, int count) {
    return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
  }
}
