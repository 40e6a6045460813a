package be.uvcw.convention.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.testsupport.PeppolValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

class UblInvoiceWriterTest {

  private static final Logger log = LoggerFactory.getLogger(UblInvoiceWriterTest.class);
  private final UblInvoiceWriter writer = new UblInvoiceWriter();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("plein tarif", SampleDocuments.fullPrice()),
        Arguments.of("réduction CPAS 50 %", SampleDocuments.withReduction()),
        Arguments.of("six mois, indexation au 1er avril", SampleDocuments.feeChangeMidway()),
        Arguments.of("réduction sur un tarif impair", SampleDocuments.oddFeeWithReduction()),
        Arguments.of("note de crédit", SampleDocuments.creditNote()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void passesThePeppolBisBilling3RulesWithoutError(String name, InvoiceDocument document) {
    byte[] ubl = writer.write(document);
    PeppolValidator.assertValid(ubl);
    log.info("UBL {} ({}): warnings {}", document.number(), name, PeppolValidator.failures(ubl));
  }

  @Test
  void invoiceCarriesPeppolIdsEnterpriseNumbersAndThePaymentReference() throws Exception {
    InvoiceDocument invoice = SampleDocuments.withReduction();
    Xml xml = new Xml(writer.write(invoice));

    assertThat(xml.text("/inv:Invoice/cbc:CustomizationID"))
        .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
    assertThat(xml.text("/inv:Invoice/cbc:ProfileID")).isEqualTo("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
    assertThat(xml.text("/inv:Invoice/cbc:InvoiceTypeCode")).isEqualTo("380");
    assertThat(xml.text("/inv:Invoice/cbc:BuyerReference")).isEqualTo(invoice.buyerReference());
    assertThat(xml.text("//cac:AccountingCustomerParty/cac:Party/cbc:EndpointID")).isEqualTo("0212209373");
    assertThat(xml.text("//cac:AccountingCustomerParty/cac:Party/cbc:EndpointID/@schemeID")).isEqualTo("0208");
    assertThat(xml.text("//cac:AccountingCustomerParty//cac:PartyLegalEntity/cbc:CompanyID/@schemeID")).isEqualTo("0208");
    assertThat(xml.text("//cac:AccountingSupplierParty//cac:PartyLegalEntity/cbc:CompanyID")).isEqualTo("0207722926");
    assertThat(xml.text("//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID")).isEqualTo("BE0207722926");
    assertThat(xml.text("//cac:PaymentMeans/cbc:PaymentMeansCode")).isEqualTo("30");
    assertThat(xml.text("//cac:PaymentMeans/cbc:PaymentID")).isEqualTo("+++000/0000/00202+++");
    assertThat(xml.text("//cac:PayeeFinancialAccount/cbc:ID")).isEqualTo("BE09091011584657");
    assertThat(xml.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("60.27");
    assertThat(xml.text("//cac:TaxSubtotal/cbc:TaxableAmount")).isEqualTo("287.00");
    assertThat(xml.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:ID")).isEqualTo("S");
    assertThat(xml.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")).isEqualTo("21");
    assertThat(xml.text("//cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("347.27");
    assertThat(xml.count("//cac:InvoiceLine")).isEqualTo(6);
    assertThat(xml.text("//cac:InvoiceLine[1]/cac:AllowanceCharge")).isEmpty();
    assertThat(xml.text("//cac:InvoiceLine[2]/cbc:LineExtensionAmount")).isEqualTo("41.00");
    assertThat(xml.text("//cac:InvoiceLine[2]/cac:AllowanceCharge/cbc:Amount")).isEqualTo("41.00");
    assertThat(xml.text("//cac:InvoiceLine[2]/cac:AllowanceCharge/cbc:MultiplierFactorNumeric")).isEqualTo("50");
    assertThat(xml.text("//cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount")).isEqualTo("82.00");
    assertThat(xml.text("//cac:InvoiceLine[2]/cac:InvoicePeriod/cbc:StartDate")).isEqualTo("2026-08-01");
    assertThat(xml.text("//cac:InvoiceLine[2]/cac:InvoicePeriod/cbc:EndDate")).isEqualTo("2026-08-31");
  }

  @Test
  void creditNoteReferencesTheCreditedInvoice() throws Exception {
    Xml xml = new Xml(writer.write(SampleDocuments.creditNote()));

    assertThat(xml.text("/cn:CreditNote/cbc:CreditNoteTypeCode")).isEqualTo("381");
    assertThat(xml.text("//cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")).isEqualTo("2026-00001");
    assertThat(xml.text("//cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate")).isEqualTo("2026-07-01");
    assertThat(xml.count("//cac:CreditNoteLine")).isEqualTo(2);
    assertThat(xml.text("//cac:CreditNoteLine[1]/cbc:CreditedQuantity/@unitCode")).isEqualTo("MON");
    assertThat(xml.text("//cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("198.44");
  }

  @Test
  void theValidatorCatchesAWrongTotal() {
    String ubl = new String(writer.write(SampleDocuments.fullPrice()), StandardCharsets.UTF_8)
        .replace("<cbc:PayableAmount currencyID=\"EUR\">595.32<", "<cbc:PayableAmount currencyID=\"EUR\">595.33<");

    assertThat(PeppolValidator.errors(ubl.getBytes(StandardCharsets.UTF_8))).anyMatch(error -> error.contains("BR-CO-16"));
  }

  @Test
  void logsTheTimePerDocument() {
    var timing = SampleDocuments.time(writer::write, 2_000, 5_000);
    log.info("UBL: 5000 documents, {} µs per document, {} bytes each", String.format("%.1f", timing.nanosPerDocument() / 1_000),
        timing.bytesPerDocument());
    assertThat(timing.bytesPerDocument()).isPositive();
  }

  /** XPath over the UBL with its prefixes. */
  static final class Xml {
    private final Document dom;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    Xml(byte[] bytes) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
      xpath.setNamespaceContext(new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
          return switch (prefix) {
            case "inv" -> "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
            case "cn" -> "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
            case "cac" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
            case "cbc" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
            default -> null;
          };
        }

        @Override
        public String getPrefix(String uri) {
          return null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String uri) {
          return null;
        }
      });
    }

    String text(String expression) throws Exception {
      return xpath.evaluate(expression, dom);
    }

    int count(String expression) throws Exception {
      return ((Number) xpath.evaluate("count(" + expression + ")", dom, javax.xml.xpath.XPathConstants.NUMBER)).intValue();
    }
  }
}
