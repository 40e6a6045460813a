package be.uvcw.convention.billing;

import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.billing.document.SupplierSettings;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Builds the {@link InvoiceDocument} the PDF, UBL and ledger writers take, from an issued invoice or credit note. */
@Component
@RequiredArgsConstructor
public class InvoiceDocuments {

  private final SupplierSettings supplier;
  private final InvoiceRepository invoices;

  public InvoiceDocument of(Invoice invoice) {
    if (!invoice.isIssued()) {
      throw new Conflict("Une facture en projet n'a pas encore de document.");
    }
    List<InvoiceDocument.Line> lines = invoice.getLines().stream()
        .map(l -> new InvoiceDocument.Line(l.getDescription(), l.getMonth(), l.getUnitPrice(), l.getReductionPercent(), l.getAmount()))
        .toList();
    // A supplementary invoice names the invoice it completes (UBL BillingReference, PDF).
    Optional<Invoice> corrected = invoice.getCorrectedInvoiceId() == null ? Optional.empty()
        : invoices.findById(invoice.getCorrectedInvoiceId());
    return new InvoiceDocument(InvoiceDocument.Kind.INVOICE, invoice.getNumber(), invoice.getIssueDate(), invoice.getDueDate(),
        invoice.getPeriodStart(), invoice.getPeriodEnd(), supplier.party(), customer(invoice), lines,
        invoice.getTotalExclVat(), invoice.getVatRatePercent(), invoice.getVatAmount(), invoice.getTotalInclVat(),
        invoice.communication().formatted(), supplier.iban(), supplier.bic(), corrected.map(Invoice::getNumber).orElse(null),
        corrected.map(Invoice::getIssueDate).orElse(null), buyerReference(invoice));
  }

  public InvoiceDocument of(CreditNote note) {
    Invoice invoice = note.getInvoice();
    List<InvoiceDocument.Line> lines = note.getLines().stream()
        .map(l -> new InvoiceDocument.Line(l.getDescription(), l.getMonth(), l.getUnitPrice(), l.getReductionPercent(), l.getAmount()))
        .toList();
    var first = note.getLines().get(0).getMonth();
    var last = YearMonth.from(note.getLines().get(note.getLines().size() - 1).getMonth()).atEndOfMonth();
    return new InvoiceDocument(InvoiceDocument.Kind.CREDIT_NOTE, note.getNumber(), note.getIssueDate(), note.getIssueDate(),
        first, last, supplier.party(), customer(invoice), lines, note.getTotalExclVat(), note.getVatRatePercent(),
        note.getVatAmount(), note.getTotalInclVat(), StructuredCommunication.parse(note.getStructuredCommunication()).formatted(),
        supplier.iban(), supplier.bic(), invoice.getNumber(), invoice.getIssueDate(), buyerReference(invoice));
  }

  /** The reference the customer quotes: its convention (Peppol wants a buyer or order reference). */
  static String buyerReference(Invoice invoice) {
    return String.format("CONV-%06d", invoice.getConventionId());
  }

  private static InvoiceDocument.Party customer(Invoice invoice) {
    return new InvoiceDocument.Party(invoice.getCustomerName(), invoice.getCustomerStreet(), invoice.getCustomerPostalCode(),
        invoice.getCustomerCity(), invoice.getCustomerEnterpriseNumber(), invoice.getCustomerEmail());
  }
}
