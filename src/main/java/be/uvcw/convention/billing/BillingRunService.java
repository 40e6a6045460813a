package be.uvcw.convention.billing;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.french.FrenchText;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billing run, step by step as the BPMN `billing-run` calls it: open (guard + selection),
 * build the drafts of a chunk, summarise for review, approve or reject, issue a chunk, complete.
 */
@Service
public class BillingRunService {

  private final JdbcTemplate jdbc;
  private final DraftInvoiceBuilder builder;
  private final InvoiceIssuer issuer;
  private final Clock clock;
  private final int chunkSize;

  public BillingRunService(JdbcTemplate jdbc, DraftInvoiceBuilder builder, InvoiceIssuer issuer, Clock clock,
      @Value("${convention.billing.chunk-size:100}") int chunkSize) {
    this.jdbc = jdbc;
    this.builder = builder;
    this.issuer = issuer;
    this.clock = clock;
    this.chunkSize = chunkSize;
  }

  public record Opened(long runId, int chunkCount, int conventionCount) {}

  /**
   * Opens a run: refused (409) while another run for that date is open, then selects every
   * convention that owes a month up to the end of the billing date's semester and splits them into
   * chunks. Runs in the transaction that starts the process, so a refusal starts nothing.
   */
  @Transactional
  public Opened open(LocalDate billingDate, String startedBy, String processInstanceId, Integer chunkSizeOverride) {
    int chunkSize = chunkSizeOverride != null && chunkSizeOverride > 0 ? chunkSizeOverride : this.chunkSize;
    BillingDatePolicy.requirePlausible(billingDate, LocalDate.now(clock),
        jdbc.queryForObject("select min(start_date) from convention_for_billing where start_date is not null", LocalDate.class));
    Long runId;
    try {
      runId = jdbc.queryForObject("insert into billing_run (billing_date, state, process_instance_id, started_at, started_by)"
              + " values (?, 'BUILDING', ?, ?, ?) returning id", Long.class,
          Date.valueOf(billingDate), processInstanceId, Timestamp.from(clock.instant()), startedBy);
    } catch (DuplicateKeyException e) {
      throw new BillingConflictException("Une facturation au " + FrenchText.date(billingDate) + " est déjà en cours : attendez qu'elle soit approuvée ou rejetée.");
    }
    Date horizon = Date.valueOf(BillingRules.semesterEnd(billingDate).atEndOfMonth());
    // Months in force up to the horizon, counted in SQL, against the months already covered.
    int selected = jdbc.update("insert into billing_run_convention (run_id, convention_id, chunk_index)"
        + " select ?, c.convention_id, ((row_number() over (order by c.convention_id)) - 1) / ? from convention_for_billing c"
        + " where c.billable and c.start_date <= ?"
        + " and (select count(*) from billed_month b where b.convention_id = c.convention_id and b.month <= ?)"
        + "   < (extract(year from least(c.end_date, c.limit_end, ?::date)) * 12 + extract(month from least(c.end_date, c.limit_end, ?::date)))"
        + "     - (extract(year from c.start_date) * 12 + extract(month from c.start_date)) + 1",
        runId, chunkSize, horizon, horizon, horizon, horizon);
    int chunks = (selected + chunkSize - 1) / chunkSize;
    jdbc.update("update billing_run set chunk_count = ? where id = ?", chunks, runId);
    return new Opened(runId, chunks, selected);
  }

  /** Builds the drafts of one chunk; all or nothing, so a retry starts again cleanly. */
  @Transactional
  public int buildChunk(long runId, int chunkIndex) {
    LocalDate billingDate = jdbc.queryForObject("select billing_date from billing_run where id = ?", LocalDate.class, runId);
    List<Long> pending = jdbc.queryForList("select convention_id from billing_run_convention where run_id = ? and chunk_index = ?"
        + " and outcome = 'PENDING' order by convention_id", Long.class, runId, chunkIndex);
    List<DraftInvoiceBuilder.Result> results = builder.build(pending, billingDate, DraftInvoiceBuilder.Mode.RUN, runId, chunkIndex);
    jdbc.batchUpdate("update billing_run_convention set outcome = ?, error = ? where run_id = ? and convention_id = ?",
        results.stream().map(r -> new Object[] {r.outcome().name(), r.error(), runId, r.conventionId()}).toList());
    return (int) results.stream().filter(r -> r.outcome() == DraftInvoiceBuilder.Outcome.DRAFTED).count();
  }

  public record Summary(long runId, LocalDate billingDate, String state, int conventionCount, int invoiceCount,
                        BigDecimal totalExclVat, BigDecimal vatAmount, BigDecimal totalInclVat, int errorCount,
                        List<String> errors, int issuedCount, int sentCount) {}

  @Transactional(readOnly = true)
  public Summary summary(long runId) {
    var run = jdbc.queryForMap("select billing_date, state from billing_run where id = ?", runId);
    var totals = jdbc.queryForMap("select count(*) as n, coalesce(sum(total_excl_vat), 0) as excl, coalesce(sum(vat_amount), 0) as vat,"
        + " coalesce(sum(total_incl_vat), 0) as incl, count(*) filter (where state <> 'DRAFT') as issued,"
        + " count(*) filter (where state = 'SENT') as sent from invoice where run_id = ?", runId);
    int conventions = jdbc.queryForObject("select count(*) from billing_run_convention where run_id = ?", Integer.class, runId);
    List<String> errors = jdbc.queryForList("select 'Convention ' || convention_id || ' : ' || error from billing_run_convention"
        + " where run_id = ? and outcome = 'ERROR' order by convention_id", String.class, runId);
    return new Summary(runId, ((Date) run.get("billing_date")).toLocalDate(), (String) run.get("state"), conventions,
        ((Number) totals.get("n")).intValue(), money(totals.get("excl")), money(totals.get("vat")), money(totals.get("incl")),
        errors.size(), errors, ((Number) totals.get("issued")).intValue(), ((Number) totals.get("sent")).intValue());
  }

  private static BigDecimal money(Object value) {
    return ((BigDecimal) value).setScale(2);
  }

  /** Every chunk is built: finance may review. */
  @Transactional
  public Summary readyForReview(long runId) {
    transition(runId, "BUILDING", "AWAITING_REVIEW");
    return summary(runId);
  }

  @Transactional
  public void approve(long runId, String decidedBy) {
    transition(runId, "AWAITING_REVIEW", "ISSUING");
    jdbc.update("update billing_run set decided_at = ?, decided_by = ? where id = ?", Timestamp.from(clock.instant()), decidedBy, runId);
  }

  /** Rejected: the drafts are deleted (their months become free again, billed_month cascades). */
  @Transactional
  public int reject(long runId, String decidedBy, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BadInput("Le motif du rejet est obligatoire.");
    }
    String state = jdbc.queryForObject("select state from billing_run where id = ? for update", String.class, runId);
    if (!"AWAITING_REVIEW".equals(state) && !"REJECTED".equals(state)) {
      throw new BillingConflictException("La facturation " + runId + " ne peut plus être rejetée (" + state + ").");
    }
    int discarded = jdbc.update("delete from invoice where run_id = ? and state = 'DRAFT'", runId);
    jdbc.update("update billing_run set state = 'REJECTED', decided_at = ?, decided_by = ?, rejection_reason = ? where id = ?",
        Timestamp.from(clock.instant()), decidedBy, reason, runId);
    return discarded;
  }

  /** Numbers the drafts of one chunk (one transaction: the counter row is locked until it commits). */
  @Transactional
  public int issueChunk(long runId, int chunkIndex) {
    requireState(runId, "ISSUING");
    List<Long> drafts = jdbc.queryForList("select id from invoice where run_id = ? and chunk_index = ? and state = 'DRAFT' order by id",
        Long.class, runId, chunkIndex);
    return issuer.issue(drafts);
  }

  /**
   * The invoices of a chunk that still have to be mailed, once no other execution of the same chunk
   * is sending: a job that outlives its lock (docs/operations.md) is taken again by a node while it
   * still runs, and both would mail the same invoices. The lock is held until the job's transaction
   * ends (it dies with a dead node's connection); the second execution then finds the invoices SENT.
   */
  @Transactional
  public List<Long> unsentInvoicesForSending(long runId, int chunkIndex) {
    jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", "billing-send:" + runId + ":" + chunkIndex);
    return unsentInvoices(runId, chunkIndex);
  }

  /** The invoices of a chunk that still have to be mailed. */
  @Transactional(readOnly = true)
  public List<Long> unsentInvoices(long runId, int chunkIndex) {
    return jdbc.queryForList("select id from invoice where run_id = ? and chunk_index = ? and state = 'ISSUED' order by id",
        Long.class, runId, chunkIndex);
  }

  @Transactional
  public void complete(long runId) {
    transition(runId, "ISSUING", "COMPLETED");
  }

  private void transition(long runId, String from, String to) {
    String state = jdbc.queryForObject("select state from billing_run where id = ? for update", String.class, runId);
    if (to.equals(state)) {
      return; // a retried job: already done
    }
    if (!from.equals(state)) {
      throw new BillingConflictException("La facturation " + runId + " est « " + state + " » et non « " + from + " ».");
    }
    jdbc.update("update billing_run set state = ? where id = ?", to, runId);
  }

  private void requireState(long runId, String expected) {
    String state = jdbc.queryForObject("select state from billing_run where id = ?", String.class, runId);
    if (!expected.equals(state)) {
      throw new BillingConflictException("La facturation " + runId + " est « " + state + " » et non « " + expected + " ».");
    }
  }

  /** The semester end a run on that date bills up to, for messages. */
  public static YearMonth horizon(LocalDate billingDate) {
    return BillingRules.semesterEnd(billingDate);
  }
}
