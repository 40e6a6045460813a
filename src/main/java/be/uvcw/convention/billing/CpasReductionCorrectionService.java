package be.uvcw.convention.billing;

import be.uvcw.convention.billing.BillingRules.Term;
import be.uvcw.convention.billing.CreditNoteService.CreditLine;
import be.uvcw.convention.billing.CreditNoteService.LineKind;
import be.uvcw.convention.billing.ReductionCorrections.BilledMonth;
import be.uvcw.convention.billing.ReductionCorrections.Correction;
import be.uvcw.convention.billing.ReductionCorrections.Direction;
import be.uvcw.convention.convention.FeeTerms;
import be.uvcw.convention.platform.french.FrenchText;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CPAS reduction corrections (DOMAIN.md "Reduction changes after invoicing", docs/billing.md):
 * finds the CPAS conventions whose invoiced months no longer carry the reduction owed, and corrects
 * each such month once — a credit note (kind REDUCTION) when more reduction is owed, a supplementary
 * invoice when less. Called by the BPMN {@code cpas-reduction-correction} (started at the commune's
 * activation, import or accepted non-renewal, and by each billing run for what an event missed).
 */
@Service
@RequiredArgsConstructor
public class CpasReductionCorrectionService {

  private static final String REDUCTION = FrenchText.percent(FeeTerms.CPAS_REDUCTION_PERCENT);
  static final String CREDIT_REASON = "Réduction CPAS de " + REDUCTION + " : la convention de l'Administration communale de la"
      + " même entité est en vigueur le premier jour de ces mois (art. 7 de la convention).";
  static final String CREDIT_LINE = "%s : réduction CPAS de " + REDUCTION.replace("%", "%%") + " (convention de la commune en vigueur)";
  static final String SUPPLEMENT_LINE = "%s : réduction CPAS de " + REDUCTION.replace("%", "%%") + " retirée (convention de la commune terminée)";

  private final JdbcTemplate jdbc;
  private final CreditNoteService creditNotes;
  private final InvoiceIssuer issuer;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  /** The documents a correction issued: credit note numbers and supplementary invoice ids. */
  public record Corrected(List<String> creditNoteNumbers, List<Long> supplementaryInvoiceIds, int monthCount) {
    public boolean isEmpty() {
      return monthCount == 0;
    }
  }

  /**
   * The CPAS conventions of the same entity as that convention that have a month to correct now
   * (empty when it is not a commune's, or nothing is owed).
   */
  @Transactional(readOnly = true)
  public List<Long> cpasConventionsToCorrect(long conventionId) {
    List<Long> cpasConventions = jdbc.queryForList("select cc.convention_id from convention_for_billing c"
        + " join convention_for_billing cc on cc.municipality_id = c.municipality_id and cc.organisation_type = 'CPAS' and cc.billable"
        + " where c.convention_id = ? and c.organisation_type = 'COMMUNE' order by cc.convention_id", Long.class, conventionId);
    return cpasConventions.stream().filter(id -> !owed(id).isEmpty()).toList();
  }

  /**
   * Every CPAS convention with an issued month whose reduction differs from the one owed today: what
   * a billing run corrects when an event did not (the same rule as {@link BillingRules#reductionPercent},
   * in SQL, for the selection only; {@link #correct} decides with the Java rule).
   */
  @Transactional(readOnly = true)
  public List<Long> conventionsWithMissedCorrections() {
    return jdbc.queryForList("select distinct n.convention_id from billed_month_net n"
        + " join invoice i on i.id = n.invoice_id and i.state <> 'DRAFT'"
        + " join convention_for_billing cc on cc.convention_id = n.convention_id and cc.billable and cc.organisation_type = 'CPAS'"
        + " where n.reduction_percent <> case when exists (select 1 from convention_for_billing c"
        + "     where c.organisation_type = 'COMMUNE' and c.municipality_id = cc.municipality_id and c.billable"
        + "       and c.start_date <= n.month and n.month <= least(c.end_date, c.limit_end)) then 50 else 0 end"
        + " order by n.convention_id", Long.class);
  }

  /**
   * Corrects every month of that CPAS convention owed another reduction, in one transaction: its
   * coverage rows are locked first, so a concurrent correction (event and run at once) waits and then
   * finds nothing left; the unique key of reduction_correction refuses a second correction anyway.
   * Months on draft invoices are left to the run that drafted them. Sending is separate.
   */
  @Transactional
  public Corrected correct(long cpasConventionId, String cause) {
    jdbc.query("select 1 from billed_month where convention_id = ? for update", rs -> {}, cpasConventionId);
    List<Correction> owed = owed(cpasConventionId);
    if (owed.isEmpty()) {
      return new Corrected(List.of(), List.of(), 0);
    }
    List<Correction> credits = owed.stream().filter(c -> c.direction() == Direction.CREDIT).toList();
    List<Correction> supplements = owed.stream().filter(c -> c.direction() == Direction.SUPPLEMENT).toList();
    List<String> numbers = credit(cpasConventionId, credits, cause);
    List<Long> invoices = supplement(cpasConventionId, supplements, cause);
    return new Corrected(numbers, invoices, owed.size());
  }

  private List<String> credit(long conventionId, List<Correction> credits, String cause) {
    if (credits.isEmpty()) {
      return List.of();
    }
    List<CreditLine> lines = credits.stream().map(c -> new CreditLine(c.billed().lineId(), c.billed().invoiceId(), "ISSUED",
        c.billed().month().atDay(1), String.format(CREDIT_LINE, DraftInvoiceBuilder.description(c.billed().month())),
        c.amount(), 0, c.amount(), LineKind.REDUCTION)).toList();
    List<CreditNoteService.Issued> issued = creditNotes.creditReductions(lines, CREDIT_REASON);
    Map<Long, Long> creditLineOf = new LinkedHashMap<>();
    issued.forEach(i -> creditLineOf.putAll(i.creditLineByInvoiceLine()));
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.batchUpdate("insert into reduction_correction (convention_id, month, corrected_line_id, from_percent, to_percent, amount,"
            + " credit_note_line_id, cause, corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        credits.stream().map(c -> new Object[] {conventionId, Date.valueOf(c.billed().month().atDay(1)), c.billed().lineId(),
            c.billed().reductionPercent(), c.toPercent(), c.amount(), creditLineOf.get(c.billed().lineId()), cause, now}).toList());
    return issued.stream().map(CreditNoteService.Issued::number).toList();
  }

  /** One supplementary invoice per invoice whose months lose their reduction, numbered in the invoice sequence. */
  private List<Long> supplement(long conventionId, List<Correction> supplements, String cause) {
    if (supplements.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Correction>> byInvoice = new LinkedHashMap<>();
    supplements.forEach(c -> byInvoice.computeIfAbsent(c.billed().invoiceId(), k -> new ArrayList<>()).add(c));
    LocalDate today = LocalDate.now(clock);
    Timestamp now = Timestamp.from(clock.instant());
    List<Long> invoiceIds = new ArrayList<>();
    for (var entry : byInvoice.entrySet()) {
      List<Correction> months = entry.getValue();
      var totals = BillingRules.totals(months.stream().map(Correction::amount).toList());
      YearMonth first = months.get(0).billed().month();
      YearMonth last = months.get(months.size() - 1).billed().month();
      Long invoiceId = jdbc.queryForObject("insert into invoice (convention_id, organisation_id, state, kind, corrected_invoice_id,"
              + " billing_date, period_start, period_end, total_excl_vat, vat_rate_percent, vat_amount, total_incl_vat, customer_name,"
              + " customer_street, customer_postal_code, customer_city, customer_enterprise_number, customer_email, created_at)"
              + " select convention_id, organisation_id, 'DRAFT', 'SUPPLEMENTARY', ?, ?, ?, ?, ?, ?, ?, ?, customer_name, customer_street,"
              + " customer_postal_code, customer_city, customer_enterprise_number, customer_email, ? from convention_for_billing"
              + " where convention_id = ? returning id", Long.class,
          entry.getKey(), Date.valueOf(today), Date.valueOf(first.atDay(1)), Date.valueOf(last.atEndOfMonth()), totals.exclVat(),
          FeeTerms.VAT_RATE_PERCENT, totals.vat(), totals.inclVat(), now, conventionId);
      for (Correction c : months) {
        Long lineId = jdbc.queryForObject("insert into invoice_line (invoice_id, convention_id, month, description, unit_price,"
                + " reduction_percent, amount) values (?, ?, ?, ?, ?, 0, ?) returning id", Long.class,
            invoiceId, conventionId, Date.valueOf(c.billed().month().atDay(1)),
            String.format(SUPPLEMENT_LINE, DraftInvoiceBuilder.description(c.billed().month())), c.amount(), c.amount());
        jdbc.update("insert into reduction_correction (convention_id, month, corrected_line_id, from_percent, to_percent, amount,"
                + " supplement_line_id, cause, corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            conventionId, Date.valueOf(c.billed().month().atDay(1)), c.billed().lineId(), c.billed().reductionPercent(),
            c.toPercent(), c.amount(), lineId, cause, now);
      }
      invoiceIds.add(invoiceId);
    }
    issuer.issue(invoiceIds);
    invoiceIds.forEach(id -> events.publishEvent(new InvoiceBalanceChanged(id)));
    return invoiceIds;
  }

  /** The corrections owed today for the issued months of that CPAS convention. */
  private List<Correction> owed(long cpasConventionId) {
    List<BilledMonth> billed = jdbc.query("select n.invoice_line_id, n.invoice_id, n.month, n.unit_price, n.reduction_percent"
            + " from billed_month_net n join invoice i on i.id = n.invoice_id"
            + " join convention_for_billing cc on cc.convention_id = n.convention_id and cc.billable and cc.organisation_type = 'CPAS'"
            + " where n.convention_id = ? and i.state <> 'DRAFT' order by n.month",
        (rs, i) -> new BilledMonth(rs.getLong(1), rs.getLong(2), YearMonth.from(rs.getObject(3, LocalDate.class)),
            rs.getBigDecimal(4), rs.getInt(5)), cpasConventionId);
    if (billed.isEmpty()) {
      return List.of();
    }
    List<Term> communeTerms = jdbc.query("select c.start_date, c.limit_end, c.end_date from convention_for_billing c"
            + " join convention_for_billing cc on cc.municipality_id = c.municipality_id"
            + " where cc.convention_id = ? and c.organisation_type = 'COMMUNE' and c.billable",
        (rs, i) -> new Term(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
        cpasConventionId);
    return ReductionCorrections.owed(billed, communeTerms);
  }
}
