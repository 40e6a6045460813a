package be.uvcw.convention.billing.web;

import be.uvcw.convention.billing.BillingNotFoundException;
import be.uvcw.convention.billing.CreditNoteRepository;
import be.uvcw.convention.billing.CreditNote;
import be.uvcw.convention.billing.Invoice;
import be.uvcw.convention.billing.InvoiceBalances;
import be.uvcw.convention.billing.InvoiceDocuments;
import be.uvcw.convention.billing.InvoiceRepository;
import be.uvcw.convention.billing.InvoiceState;
import be.uvcw.convention.billing.ReceivableState;
import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.billing.document.LedgerRow;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read queries of the billing API (filters, access, ledger rows). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BillingQueries {

  private static final int LEDGER_PAGE = 500;

  private final JdbcTemplate jdbc;
  private final InvoiceRepository invoices;
  private final CreditNoteRepository creditNotes;
  private final InvoiceDocuments documents;
  private final InvoiceBalances balances;

  LocalDate requireRun(long runId) {
    List<LocalDate> dates = jdbc.queryForList("select billing_date from billing_run where id = ?", LocalDate.class, runId);
    if (dates.isEmpty()) {
      throw BillingRunController.notFound(runId);
    }
    return dates.get(0);
  }

  String tenantOf(long organisationId) {
    List<String> tenants = jdbc.queryForList("select tenant_id from organisation where id = ?", String.class, organisationId);
    if (tenants.isEmpty()) {
      throw new BillingNotFoundException("L'organisation " + organisationId + " n'existe pas.");
    }
    return tenants.get(0);
  }

  /** Invoices whose period overlaps [from, to]; drafts only for finance. */
  List<Long> invoiceIds(Long organisationId, LocalDate from, LocalDate to, Long runId, boolean issuedOnly) {
    StringBuilder sql = new StringBuilder("select id from invoice where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (organisationId != null) {
      sql.append(" and organisation_id = ?");
      args.add(organisationId);
    }
    if (from != null) {
      sql.append(" and period_end >= ?");
      args.add(Date.valueOf(from));
    }
    if (to != null) {
      sql.append(" and period_start <= ?");
      args.add(Date.valueOf(to));
    }
    if (runId != null) {
      sql.append(" and run_id = ?");
      args.add(runId);
    }
    if (issuedOnly) {
      sql.append(" and state <> 'DRAFT'");
    }
    sql.append(" order by id limit 5000");
    return jdbc.queryForList(sql.toString(), Long.class, args.toArray());
  }

  /** The ledger rows of a run, loaded page by page so that 10,000 invoices stream through. */
  @Transactional(readOnly = true)
  Iterable<LedgerRow> ledgerRows(long runId) {
    List<Long> ids = jdbc.queryForList("select id from invoice where run_id = ? order by number nulls last, id", Long.class, runId);
    return paged(ids, slice -> invoices.findByIdIn(slice).stream()
        .sorted(Comparator.comparingInt(i -> slice.indexOf(i.getId())))
        .map(this::row));
  }

  /**
   * The ledger of a calendar year: every invoice, then every credit note, issued that year, in
   * number order (credit notes count negative in the totals).
   */
  @Transactional(readOnly = true)
  Iterable<LedgerRow> yearLedgerRows(int year) {
    List<Long> invoiceIds = jdbc.queryForList(
        "select id from invoice where state <> 'DRAFT' and number_year = ? order by number_sequence", Long.class, year);
    List<Long> creditNoteIds = jdbc.queryForList(
        "select id from credit_note where number_year = ? order by number_sequence", Long.class, year);
    Iterable<LedgerRow> invoiceRows = paged(invoiceIds, slice -> {
      Map<Long, InvoiceBalances.Balance> paidAndDue = balances.of(slice);
      return invoices.findByIdIn(slice).stream()
          .sorted(Comparator.comparingInt(i -> slice.indexOf(i.getId())))
          .map(i -> withPayments(i, paidAndDue.getOrDefault(i.getId(), InvoiceBalances.Balance.NONE)));
    });
    Iterable<LedgerRow> creditNoteRows = paged(creditNoteIds, slice -> creditNotes.findByIdIn(slice).stream()
        .sorted(Comparator.comparingInt(n -> slice.indexOf(n.getId())))
        .map(note -> LedgerRow.of(documents.of(note), note.getState() == CreditNote.State.SENT ? "Envoyée" : "Émise")));
    return () -> Stream.concat(stream(invoiceRows), stream(creditNoteRows)).iterator();
  }

  /** Rows loaded LEDGER_PAGE ids at a time, so that memory stays flat whatever the size. */
  private static Iterable<LedgerRow> paged(List<Long> ids, Function<List<Long>, Stream<LedgerRow>> load) {
    return () -> IntStream.iterate(0, from -> from < ids.size(), from -> from + LEDGER_PAGE)
        .mapToObj(from -> ids.subList(from, Math.min(ids.size(), from + LEDGER_PAGE)))
        .flatMap(load)
        .iterator();
  }

  private static Stream<LedgerRow> stream(Iterable<LedgerRow> rows) {
    return StreamSupport.stream(rows.spliterator(), false);
  }

  /** A year-ledger row: the receivable state (paid, partly paid, credited…) and the paid and outstanding columns. */
  private LedgerRow withPayments(Invoice invoice, InvoiceBalances.Balance balance) {
    ReceivableState state = balance.state(invoice.getState(), invoice.getTotalInclVat());
    return LedgerRow.of(documents.of(invoice), state.label()).withPayments(balance.paid(), balance.outstanding());
  }

  private LedgerRow row(Invoice invoice) {
    String state = switch (invoice.getState()) {
      case DRAFT -> "En projet";
      case ISSUED -> "Émise";
      case SENT -> "Envoyée";
    };
    if (invoice.getState() == InvoiceState.DRAFT) {
      return new LedgerRow(null, InvoiceDocument.Kind.INVOICE, null, invoice.getCustomerName(), invoice.getCustomerEnterpriseNumber(),
          invoice.getPeriodStart(), invoice.getPeriodEnd(), invoice.getLines().size(), invoice.getTotalExclVat(),
          invoice.getVatAmount(), invoice.getTotalInclVat(), null, state);
    }
    return LedgerRow.of(documents.of(invoice), state);
  }
}
