package be.uvcw.convention.billing;

import be.uvcw.convention.billing.document.InvoiceDocument;
import org.springframework.stereotype.Component;

/** Calls the writers of billing.document (PDF with EPC QR, UBL Peppol BIS 3.0, xlsx ledger). */
@Component
public class BillingDocumentRenderer {

  public byte[] pdf(InvoiceDocument document) {
    throw new IllegalStateException("Les documents de facturation ne sont pas encore disponibles (branche billing-docs).");
  }

  public byte[] ubl(InvoiceDocument document) {
    throw new IllegalStateException("Les documents de facturation ne sont pas encore disponibles (branche billing-docs).");
  }
}
