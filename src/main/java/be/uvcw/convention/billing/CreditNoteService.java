package be.uvcw.convention.billing;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.convention.FeeTerms;
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
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes (notes de crédit): credit given months of issued invoices. The invoice is never
 * edited; the credited months are given back (their billed_month rows deleted) so a later run may
 * bill them again if the convention is in force then. Numbers NC-yyyy-nnnnn are taken in the same
 * transaction. Sending is separate ({@link InvoiceSender#sendCreditNote}).
 */
@Service
@RequiredArgsConstructor
public class CreditNoteService {

  private final JdbcTemplate jdbc;
  private final DocumentNumbering numbering;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  /** MONTH: the month is given back (its coverage deleted); REDUCTION: the reduction's share of a month that stays invoiced. */
  public enum LineKind { MONTH, REDUCTION }

  /** A line to credit: the invoice line it credits, and what the credit note line shows. */
  public record CreditLine(long lineId, long invoiceId, String invoiceState, LocalDate month, String description,
                           BigDecimal unitPrice, int reductionPercent, BigDecimal amount, LineKind kind) {}

  /** An issued credit note: its number, the invoice it credits, and the credit note line of each invoice line credited. */
  public record Issued(String number, long invoiceId, Map<Long, Long> creditLineByInvoiceLine) {}

  /**
   * For the lifecycle (early end): credits those months of a convention wherever they are invoiced,
   * one credit note per invoice concerned. Months not invoiced are ignored (nothing to credit);
   * months on a draft are refused (reject the run instead). Returns the credit note numbers.
   */
  @Transactional
  public List<String> creditMonths(Long conventionId, Collection<YearMonth> months, String reason) {
    List<CreditLine> covered = covered("b.convention_id = ?", conventionId, months);
    return numbers(issue(withSupplements(covered), reason));
  }

  /** REST: credits those months of one issued invoice; every month must be on it and not yet credited. */
  @Transactional
  public List<String> creditInvoiceMonths(String invoiceNumber, Collection<YearMonth> months, String reason) {
    List<Long> invoice = jdbc.queryForList("select id from invoice where number = ?", Long.class, invoiceNumber);
    if (invoice.isEmpty()) {
      throw new BillingNotFoundException("La facture " + invoiceNumber + " n'existe pas.");
    }
    if (months == null || months.isEmpty()) {
      throw new BadInput("Indiquez au moins un mois à créditer.");
    }
    List<CreditLine> covered = covered("l.invoice_id = ?", invoice.get(0), months);
    if (covered.size() != months.size()) {
      throw new BillingConflictException("Un ou plusieurs mois demandés ne figurent pas sur la facture " + invoiceNumber
          + " ou sont déjà crédités.");
    }
    return numbers(issue(withSupplements(covered), reason));
  }

  /**
   * For the CPAS reduction corrections: credits the reduction's share of months that stay invoiced
   * (kind REDUCTION), one credit note per invoice concerned, in the caller's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Issued> creditReductions(List<CreditLine> lines, String reason) {
    if (lines.stream().anyMatch(l -> l.kind() != LineKind.REDUCTION)) {
      throw new IllegalArgumentException("Only reduction lines here.");
    }
    return issue(lines, reason);
  }

  private List<CreditLine> withSupplements(List<CreditLine> covering) {
    List<CreditLine> all = new ArrayList<>(covering);
    all.addAll(supplementsOf(covering));
    return all;
  }

  private static List<String> numbers(List<Issued> issued) {
    return issued.stream().map(Issued::number).toList();
  }

  /**
   * The lines that give those months back: each covering line for its net (its amount less the
   * reduction already credited on it, at the reduction it now stands at), and the supplementary lines
   * added for it since (a month is given back whole).
   */
  private List<CreditLine> covered(String where, long key, Collection<YearMonth> months) {
    String[] firstDays = months.stream().distinct().map(m -> m.atDay(1).toString()).toArray(String[]::new);
    List<CreditLine> covering = jdbc.query("select l.id, l.invoice_id, i.state, l.month, l.description, l.unit_price,"
            + " coalesce((select rc.to_percent from reduction_correction rc where rc.corrected_line_id = l.id order by rc.id desc limit 1),"
            + "   l.reduction_percent),"
            + " l.amount - coalesce((select sum(cl.amount) from credit_note_line cl where cl.invoice_line_id = l.id and cl.kind = 'REDUCTION'), 0)"
            + " from billed_month b join invoice_line l on l.id = b.invoice_line_id join invoice i on i.id = l.invoice_id"
            + " where " + where + " and b.month = any(?::date[]) order by l.invoice_id, l.month for update of b",
        (rs, i) -> new CreditLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8), LineKind.MONTH), key, firstDays);
    return covering;
  }

  /** The supplementary lines (reduction withdrawn) of those covering lines that no credit note gave back yet. */
  private List<CreditLine> supplementsOf(List<CreditLine> covering) {
    if (covering.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select s.id, s.invoice_id, si.state, s.month, s.description, s.unit_price, s.reduction_percent, s.amount"
            + " from reduction_correction rc join invoice_line s on s.id = rc.supplement_line_id join invoice si on si.id = s.invoice_id"
            + " where rc.corrected_line_id = any(?) and not exists (select 1 from credit_note_line c where c.invoice_line_id = s.id"
            + "   and c.kind = 'MONTH') order by s.invoice_id, s.month",
        (rs, i) -> new CreditLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8), LineKind.MONTH),
        (Object) covering.stream().map(CreditLine::lineId).toArray(Long[]::new));
  }

  private List<Issued> issue(List<CreditLine> lines, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BadInput("Le motif de la note de crédit est obligatoire.");
    }
    if (lines.stream().anyMatch(l -> "DRAFT".equals(l.invoiceState()))) {
      throw new BillingConflictException("Un mois à créditer figure sur une facture encore en projet : rejetez la facturation plutôt.");
    }
    Map<Long, List<CreditLine>> byInvoice = new LinkedHashMap<>();
    lines.forEach(l -> byInvoice.computeIfAbsent(l.invoiceId(), k -> new ArrayList<>()).add(l));
    if (byInvoice.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    int sequence = numbering.take(DocumentNumbering.Kind.CREDIT_NOTE, year, byInvoice.size());
    List<Issued> issued = new ArrayList<>();
    for (var entry : byInvoice.entrySet()) {
      var totals = BillingRules.totals(entry.getValue().stream().map(CreditLine::amount).toList());
      String number = DocumentNumbering.format(DocumentNumbering.Kind.CREDIT_NOTE, year, sequence);
      Long creditNoteId = jdbc.queryForObject("insert into credit_note (invoice_id, state, number, number_year, number_sequence,"
              + " issue_date, reason, total_excl_vat, vat_rate_percent, vat_amount, total_incl_vat, structured_communication, issued_at)"
              + " values (?, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
          entry.getKey(), number, year, sequence, Date.valueOf(today), reason.trim(), totals.exclVat(), FeeTerms.VAT_RATE_PERCENT,
          totals.vat(), totals.inclVat(), StructuredCommunication.forDocument(year, true, sequence).digits(),
          Timestamp.from(clock.instant()));
      Map<Long, Long> creditLines = new LinkedHashMap<>();
      for (CreditLine l : entry.getValue()) {
        creditLines.put(l.lineId(), jdbc.queryForObject("insert into credit_note_line (credit_note_id, invoice_line_id, month,"
                + " description, unit_price, reduction_percent, amount, kind) values (?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
            creditNoteId, l.lineId(), Date.valueOf(l.month()), l.description(), l.unitPrice(), l.reductionPercent(), l.amount(),
            l.kind().name()));
      }
      List<Object[]> givenBack = entry.getValue().stream().filter(l -> l.kind() == LineKind.MONTH)
          .map(l -> new Object[] {l.lineId()}).toList();
      if (!givenBack.isEmpty()) {
        jdbc.batchUpdate("delete from billed_month where invoice_line_id = ?", givenBack);
      }
      issued.add(new Issued(number, entry.getKey(), creditLines));
      events.publishEvent(new InvoiceBalanceChanged(entry.getKey()));
      sequence++;
    }
    return issued;
  }
}
