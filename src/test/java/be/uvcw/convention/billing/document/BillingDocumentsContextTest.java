package be.uvcw.convention.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.testsupport.PeppolValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The writers as the invoicing service gets them, with the supplier bound from application.yml. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BillingDocumentsContextTest {

  @Autowired SupplierSettings supplier;
  @Autowired UblInvoiceWriter ubl;
  @Autowired InvoicePdfWriter pdf;
  @Autowired LedgerWriter ledger;

  @Test
  void theConfiguredSupplierGivesValidDocuments() throws Exception {
    assertThat(supplier.party()).isEqualTo(SampleDocuments.UNION);
    assertThat(supplier.iban()).isEqualTo("BE09091011584657");
    assertThat(supplier.bic()).isEqualTo("GKCCBEBB");

    InvoiceDocument sample = SampleDocuments.fullPrice();
    InvoiceDocument invoice = new InvoiceDocument(sample.kind(), sample.number(), sample.issueDate(), sample.dueDate(),
        sample.periodStart(), sample.periodEnd(), supplier.party(), sample.customer(), sample.lines(),
        sample.totalExclVat(), sample.vatRatePercent(), sample.vatAmount(), sample.totalInclVat(),
        sample.structuredCommunication(), supplier.iban(), supplier.bic(), null, null, sample.buyerReference());
    PeppolValidator.assertValid(ubl.write(invoice));
    assertThat(InvoicePdfWriterTest.decodeQr(pdf.write(invoice))).startsWith("BCD\n002\n1\nSCT\nGKCCBEBB\n");
    assertThat(ledger.write("Journal", java.util.List.of(LedgerRow.of(invoice, "Émise")))).isNotEmpty();
  }
}
