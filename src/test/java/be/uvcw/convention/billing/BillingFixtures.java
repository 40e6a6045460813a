package be.uvcw.convention.billing;

import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for billing, written with plain SQL (hundreds of conventions per test, thousands in
 * the benchmark). Conventions it creates are retired (CANCELLED) afterwards so that later runs in
 * the same database do not bill them.
 */
public class BillingFixtures {

  private final JdbcTemplate jdbc;
  private final List<Long> conventions = new ArrayList<>();
  private final java.util.function.Supplier<String> enterpriseNumbers;

  public BillingFixtures(JdbcTemplate jdbc) {
    this(jdbc, () -> TestEnterpriseNumbers.next().digits());
  }

  /** With a source of enterprise numbers (the benchmark needs thousands without a random collision). */
  public BillingFixtures(JdbcTemplate jdbc, java.util.function.Supplier<String> enterpriseNumbers) {
    this.jdbc = jdbc;
    this.enterpriseNumbers = enterpriseNumbers;
  }

  public long municipality() {
    return jdbc.queryForObject("insert into municipality (name) values (?) returning id", Long.class,
        "Entité de test " + UUID.randomUUID());
  }

  public long organisation(long municipalityId, String type) {
    String number = enterpriseNumbers.get();
    return jdbc.queryForObject("insert into organisation (municipality_id, type, name, enterprise_number, street, postal_code,"
            + " city, billing_email, tenant_id) values (?, ?, ?, ?, 'Rue de la Station 1', '5000', 'Namur', ?, ?) returning id",
        Long.class, municipalityId, type, ("CPAS".equals(type) ? "CPAS de " : "Commune de ") + number,
        number, "facturation-" + number + "@example.be", "org-" + number);
  }

  /** An active convention that started on that day (first of a month), with an optional end date. */
  public long convention(long organisationId, LocalDate start, LocalDate endDate) {
    return convention(organisationId, start, endDate, "ACTIVE");
  }

  public long convention(long organisationId, LocalDate start, LocalDate endDate, String status) {
    long id = jdbc.queryForObject("insert into convention (organisation_id, status, requested_at, requester_email, monthly_fee,"
            + " reduction_percent, signature_date, start_date, current_term_end, limit_end, end_date)"
            + " values (?, ?, ?, 'demandeur@example.be', 82.00, 0, ?, ?, ?, ?, ?) returning id", Long.class,
        organisationId, status, Timestamp.from(Instant.parse("2015-01-01T00:00:00Z")), Date.valueOf(start.minusDays(10)),
        Date.valueOf(start), Date.valueOf(start.plusMonths(12).minusDays(1)), Date.valueOf(start.plusMonths(48).minusDays(1)),
        endDate == null ? null : Date.valueOf(endDate));
    conventions.add(id);
    return id;
  }

  /** A new organisation of that type in a new entity, with a convention. */
  public long conventionFor(String type, LocalDate start, LocalDate endDate) {
    return convention(organisation(municipality(), type), start, endDate);
  }

  public List<Long> conventions() {
    return conventions;
  }

  /** Our conventions stop owing anything: later runs in this database will not select them. */
  public void retire() {
    if (!conventions.isEmpty()) {
      jdbc.update("update convention set status = 'CANCELLED' where id = any(?)", (Object) conventions.toArray(Long[]::new));
    }
  }

  /** Billing tables are ours: tests that assert on run totals start from empty ones. */
  /** Empties the billing tables ({@link #cleanBillingTables}) and returns fixtures on them. */
  public static BillingFixtures onCleanTables(JdbcTemplate jdbc) {
    cleanBillingTables(jdbc);
    return new BillingFixtures(jdbc);
  }

  public static void cleanBillingTables(JdbcTemplate jdbc) {
    // payments first: they reference invoices (payment package, docs/billing.md "Payments")
    jdbc.update("delete from payment_allocation");
    jdbc.update("delete from bank_credit");
    jdbc.update("delete from bank_statement");
    jdbc.update("delete from billed_month");
    // corrections and reminders reference lines and invoices (docs/billing.md)
    jdbc.update("delete from reduction_correction");
    jdbc.update("delete from payment_reminder_event");
    jdbc.update("delete from payment_reminder_case");
    jdbc.update("delete from payment_allocation");
    jdbc.update("delete from credit_note_line");
    jdbc.update("delete from credit_note");
    jdbc.update("delete from invoice_line");
    jdbc.update("delete from invoice");
    jdbc.update("delete from billing_run_convention");
    jdbc.update("delete from billing_run");
    jdbc.update("delete from document_counter");
  }

  /** Makes the database refuse invoices of that convention, as a failing chunk would (removed by {@link #healInvoices}). */
  public static void breakInvoicesOf(JdbcTemplate jdbc, long conventionId) {
    jdbc.execute("create or replace function test_refuse_invoice() returns trigger language plpgsql as $$ begin"
        + " if new.convention_id = " + conventionId + " then raise exception 'panne simulée pour la convention %', new.convention_id; end if;"
        + " return new; end $$");
    jdbc.execute("drop trigger if exists test_refuse_invoice on invoice");
    jdbc.execute("create trigger test_refuse_invoice before insert or update on invoice for each row execute function test_refuse_invoice()");
  }

  public static void healInvoices(JdbcTemplate jdbc) {
    jdbc.execute("drop trigger if exists test_refuse_invoice on invoice");
  }
}
