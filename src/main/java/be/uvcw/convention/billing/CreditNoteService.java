package be.uvcw.convention.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes (notes de crédit): credit given months of issued invoices. The invoice is never
 * edited; the credited months are given back (their billed_month rows deleted) so a later run may
 * bill them again if the convention is in force then. Numbers NC-yyyy-nnnnn are taken in the same
 * transaction. Sending is separate ({@link InvoiceSender#sendCreditNote}).
 */
@Service
public class CreditNoteService {

  private final JdbcTemplate jdbc;
  private final DocumentNumbering numbering;
  private final Clock clock;

  public CreditNoteService(JdbcTemplate jdbc, DocumentNumbering numbering, Clock clock) {
    this.jdbc = jdbc;
    this.numbering = numbering;
    this.clock = clock;
  }

  private record CoveredLine(long lineId, long invoiceId, String invoiceState, LocalDate month, String description,
                             BigDecimal unitPrice, int reductionPercent, BigDecimal amount) {}

  /**
   * For the lifecycle (early end): credits those months of a convention wherever they are invoiced,
   * one credit note per invoice concerned. Months not invoiced are ignored (nothing to credit);
   * months on a draft are refused (reject the run instead). Returns the credit note numbers.
   */
  @Transactional
  public List<String> creditMonths(Long conventionId, Collection<YearMonth> months, String reason) {
    List<CoveredLine> covered = covered("b.convention_id = ?", conventionId, months);
    return issue(covered, reason);
  }

  /** REST: credits those months of one issued invoice; every month must be on it and not yet credited. */
  @Transactional
  public List<String> creditInvoiceMonths(String invoiceNumber, Collection<YearMonth> months, String reason) {
    List<Long> invoice = jdbc.queryForList("select id from invoice where number = ?", Long.class, invoiceNumber);
    if (invoice.isEmpty()) {
      throw new BillingNotFoundException("La facture " + invoiceNumber + " n'existe pas.");
    }
    if (months == null || months.isEmpty()) {
      throw new IllegalArgumentException("Indiquez au moins un mois à créditer.");
    }
    List<CoveredLine> covered = covered("l.invoice_id = ?", invoice.get(0), months);
    if (covered.size() != months.size()) {
      throw new BillingConflictException("Un ou plusieurs mois demandés ne figurent pas sur la facture " + invoiceNumber
          + " ou sont déjà crédités.");
    }
    return issue(covered, reason);
  }

  private List<CoveredLine> covered(String where, long key, Collection<YearMonth> months) {
    String[] firstDays = months.stream().distinct().map(m -> m.atDay(1).toString()).toArray(String[]::new);
    return jdbc.query("select l.id, l.invoice_id, i.state, l.month, l.description, l.unit_price, l.reduction_percent, l.amount"
            + " from billed_month b join invoice_line l on l.id = b.invoice_line_id join invoice i on i.id = l.invoice_id"
            + " where " + where + " and b.month = any(?::date[]) order by l.invoice_id, l.month for update of b",
        (rs, i) -> new CoveredLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8)), key, firstDays);
  }

  private List<String> issue(List<CoveredLine> covered, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Le motif de la note de crédit est obligatoire.");
    }
    if (covered.stream().anyMatch(l -> "DRAFT".equals(l.invoiceState()))) {
      throw new BillingConflictException("Un mois à créditer figure sur une facture encore en projet : rejetez la facturation plutôt.");
    }
    Map<Long, List<CoveredLine>> byInvoice = new LinkedHashMap<>();
    covered.forEach(l -> byInvoice.computeIfAbsent(l.invoiceId(), k -> new ArrayList<>()).add(l));
    if (byInvoice.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    int sequence = numbering.take(DocumentNumbering.Kind.CREDIT_NOTE, year, byInvoice.size());
    List<String> numbers = new ArrayList<>();
    for (var entry : byInvoice.entrySet()) {
      var totals = BillingRules.totals(entry.getValue().stream().map(CoveredLine::amount).toList());
      String number = DocumentNumbering.format(DocumentNumbering.Kind.CREDIT_NOTE, year, sequence);
      Long creditNoteId = jdbc.queryForObject("insert into credit_note (invoice_id, state, number, number_year, number_sequence,"
              + " issue_date, reason, total_excl_vat, vat_rate_percent, vat_amount, total_incl_vat, structured_communication, issued_at)"
              + " values (?, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
          entry.getKey(), number, year, sequence, Date.valueOf(today), reason.trim(), totals.exclVat(), BillingRules.VAT_RATE_PERCENT,
          totals.vat(), totals.inclVat(), StructuredCommunication.forDocument(year, true, sequence).digits(),
          Timestamp.from(clock.instant()));
      jdbc.batchUpdate("insert into credit_note_line (credit_note_id, invoice_line_id, month, description, unit_price,"
              + " reduction_percent, amount) values (?, ?, ?, ?, ?, ?, ?)",
          entry.getValue().stream().map(l -> new Object[] {creditNoteId, l.lineId(), Date.valueOf(l.month()), l.description(),
              l.unitPrice(), l.reductionPercent(), l.amount()}).toList());
      jdbc.batchUpdate("delete from billed_month where invoice_line_id = ?",
          entry.getValue().stream().map(l -> new Object[] {l.lineId()}).toList());
      numbers.add(number);
      sequence++;
    }
    return numbers;
  }
}
