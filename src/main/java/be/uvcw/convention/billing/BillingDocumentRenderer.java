package be.uvcw.convention.billing;

import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.billing.document.InvoicePdfWriter;
import be.uvcw.convention.billing.document.UblInvoiceWriter;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The documents of an invoice or credit note, written by billing.document (PDF with EPC QR, UBL Peppol BIS 3.0). */
@Component
@RequiredArgsConstructor
public class BillingDocumentRenderer {

  private final InvoicePdfWriter pdf;
  private final UblInvoiceWriter ubl;

  public byte[] pdf(InvoiceDocument document) {
    return pdf.write(document);
  }

  public byte[] ubl(InvoiceDocument document) {
    return ubl.write(document);
  }
}
