package be.uvcw.convention.billing.web;

import be.uvcw.convention.billing.BillingNotFoundException;
import be.uvcw.convention.billing.Invoice;
import be.uvcw.convention.billing.InvoiceDocuments;
import be.uvcw.convention.billing.InvoiceRepository;
import be.uvcw.convention.billing.InvoiceState;
import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.billing.document.LedgerRow;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read queries of the billing API (filters, access, ledger rows). */
@Component
class BillingQueries {

  private static final int LEDGER_PAGE = 500;

  private final JdbcTemplate jdbc;
  private final InvoiceRepository invoices;
  private final InvoiceDocuments documents;

  BillingQueries(JdbcTemplate jdbc, InvoiceRepository invoices, InvoiceDocuments documents) {
    this.jdbc = jdbc;
    this.invoices = invoices;
    this.documents = documents;
  }

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
    return () -> new java.util.Iterator<>() {
      private int next = 0;
      private java.util.Iterator<LedgerRow> page = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        if (!page.hasNext() && next < ids.size()) {
          List<Long> slice = ids.subList(next, Math.min(ids.size(), next + LEDGER_PAGE));
          next += slice.size();
          page = invoices.findByIdIn(slice).stream()
              .sorted(java.util.Comparator.comparingInt(i -> slice.indexOf(i.getId())))
              .map(BillingQueries.this::row).iterator();
        }
        return page.hasNext();
      }

      @Override
      public LedgerRow next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return page.next();
      }
    };
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
