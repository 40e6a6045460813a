package be.uvcw.convention.billing.document;

import be.uvcw.convention.billing.document.InvoiceDocument.Kind;
import be.uvcw.convention.billing.document.InvoiceDocument.Line;
import be.uvcw.convention.billing.document.InvoiceDocument.Party;
import be.uvcw.convention.platform.french.FrenchText;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * UBL 2.1 Invoice or CreditNote following Peppol BIS Billing 3.0, written with a StAX stream:
 * no object model and no JAXB context per document. The element order follows the UBL 2.1 schema;
 * the content follows EN 16931 and the Peppol rules (checked in the tests with the official
 * Schematron through phive). Parties are identified by their Belgian enterprise number (scheme
 * 0208) both as Peppol endpoint and as legal registration; the structured communication is the
 * payment identifier. Thread-safe.
 */
@Component
public class UblInvoiceWriter {

  static final String CUSTOMIZATION_ID =
      "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
  static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

  private static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
  private static final String NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
  private static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  private static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

  /** ISO 6523 ICD of the Belgian Crossroads Bank for Enterprises number. */
  private static final String SCHEME_BE_ENTERPRISE = "0208";
  private static final String CURRENCY = "EUR";
  /** UN/ECE Recommendation 20: one month of service. */
  private static final String UNIT_MONTH = "MON";
  /** UNCL 5189: discount. */
  private static final String ALLOWANCE_DISCOUNT = "95";
  /** UNCL 4461: credit transfer. */
  private static final String PAYMENT_CREDIT_TRANSFER = "30";

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  public byte[] write(InvoiceDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(document, out);
    return out.toByteArray();
  }

  public void write(InvoiceDocument document, OutputStream out) {
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
      new Writing(xml, document).document();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("UBL impossible à produire pour " + document.number(), e);
    }
  }

  /** One document being written; keeps the writer and the document at hand. */
  private static final class Writing {
    private final XMLStreamWriter xml;
    private final InvoiceDocument doc;
    private final boolean creditNote;

    Writing(XMLStreamWriter xml, InvoiceDocument doc) {
      this.xml = xml;
      this.doc = doc;
      this.creditNote = doc.kind() == Kind.CREDIT_NOTE;
    }

    void document() throws XMLStreamException {
      requireBuyerReference();
      String root = creditNote ? "CreditNote" : "Invoice";
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(creditNote ? NS_CREDIT_NOTE : NS_INVOICE);
      xml.setPrefix("cac", NS_CAC);
      xml.setPrefix("cbc", NS_CBC);
      xml.writeStartElement(creditNote ? NS_CREDIT_NOTE : NS_INVOICE, root);
      xml.writeDefaultNamespace(creditNote ? NS_CREDIT_NOTE : NS_INVOICE);
      xml.writeNamespace("cac", NS_CAC);
      xml.writeNamespace("cbc", NS_CBC);

      cbc("CustomizationID", CUSTOMIZATION_ID);
      cbc("ProfileID", PROFILE_ID);
      cbc("ID", doc.number());
      cbc("IssueDate", doc.issueDate().toString());
      if (!creditNote && doc.dueDate() != null) {
        cbc("DueDate", doc.dueDate().toString());
      }
      cbc(creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode", creditNote ? "381" : "380");
      cbc("Note", creditNote
          ? "Note de crédit relative à la facture " + doc.creditedInvoiceNumber()
          : doc.creditedInvoiceNumber() != null
              ? "Facture complémentaire à la facture " + doc.creditedInvoiceNumber() + " : réduction CPAS retirée"
              : "Accès au Serveur CommunesPlone selon la convention d'accès");
      cbc("DocumentCurrencyCode", CURRENCY);
      cbc("BuyerReference", doc.buyerReference());
      period(doc.periodStart(), doc.periodEnd());
      if (doc.creditedInvoiceNumber() != null) {
        billingReference(); // a credit note's invoice, or the invoice a supplementary invoice completes (BT-25)
      }
      party("AccountingSupplierParty", doc.supplier(), true);
      party("AccountingCustomerParty", doc.customer(), false);
      if (!creditNote) {
        paymentMeans();
        cac("PaymentTerms");
        cbc("Note", "Paiement par virement au plus tard le " + FrenchText.date(doc.dueDate())
            + " avec la communication structurée " + doc.structuredCommunication());
        end();
      }
      taxTotal();
      monetaryTotal();
      int lineNumber = 1;
      for (Line line : doc.lines()) {
        line(lineNumber++, line);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
    }

    private void requireBuyerReference() {
      if (doc.buyerReference() == null || doc.buyerReference().isBlank()) {
        // Peppol (PEPPOL-EN16931-R003) refuses a document without buyer or order reference.
        throw new IllegalArgumentException("Référence acheteur manquante pour " + doc.number());
      }
    }

    private void billingReference() throws XMLStreamException {
      cac("BillingReference");
      cac("InvoiceDocumentReference");
      cbc("ID", doc.creditedInvoiceNumber());
      if (doc.creditedInvoiceIssueDate() != null) {
        cbc("IssueDate", doc.creditedInvoiceIssueDate().toString());
      }
      end();
      end();
    }

    private void party(String role, Party party, boolean supplier) throws XMLStreamException {
      cac(role);
      cac("Party");
      cbc("EndpointID", party.enterpriseNumber(), "schemeID", SCHEME_BE_ENTERPRISE);
      cac("PartyName");
      cbc("Name", party.name());
      end();
      cac("PostalAddress");
      cbc("StreetName", party.street());
      cbc("CityName", party.city());
      cbc("PostalZone", party.postalCode());
      cac("Country");
      cbc("IdentificationCode", "BE");
      end();
      end();
      if (supplier) {
        // The Union charges Belgian VAT: its VAT number is BE + its enterprise number (BR-S-02).
        cac("PartyTaxScheme");
        cbc("CompanyID", "BE" + party.enterpriseNumber());
        taxScheme();
        end();
      }
      cac("PartyLegalEntity");
      cbc("RegistrationName", party.name());
      cbc("CompanyID", party.enterpriseNumber(), "schemeID", SCHEME_BE_ENTERPRISE);
      end();
      if (party.email() != null && !party.email().isBlank()) {
        cac("Contact");
        cbc("ElectronicMail", party.email());
        end();
      }
      end();
      end();
    }

    private void paymentMeans() throws XMLStreamException {
      cac("PaymentMeans");
      cbc("PaymentMeansCode", PAYMENT_CREDIT_TRANSFER, "name", "Virement");
      cbc("PaymentID", doc.structuredCommunication());
      cac("PayeeFinancialAccount");
      cbc("ID", doc.iban().replace(" ", ""));
      cbc("Name", doc.supplier().name());
      if (doc.bic() != null && !doc.bic().isBlank()) {
        cac("FinancialInstitutionBranch");
        cbc("ID", doc.bic());
        end();
      }
      end();
      end();
    }

    private void taxTotal() throws XMLStreamException {
      cac("TaxTotal");
      amount("TaxAmount", doc.vatAmount());
      cac("TaxSubtotal");
      amount("TaxableAmount", doc.totalExclVat());
      amount("TaxAmount", doc.vatAmount());
      cac("TaxCategory");
      cbc("ID", "S");
      cbc("Percent", percent(doc.vatRatePercent()));
      taxScheme();
      end();
      end();
      end();
    }

    private void monetaryTotal() throws XMLStreamException {
      cac("LegalMonetaryTotal");
      amount("LineExtensionAmount", doc.totalExclVat());
      amount("TaxExclusiveAmount", doc.totalExclVat());
      amount("TaxInclusiveAmount", doc.totalInclVat());
      amount("PayableAmount", doc.totalInclVat());
      end();
    }

    private void line(int number, Line line) throws XMLStreamException {
      cac(creditNote ? "CreditNoteLine" : "InvoiceLine");
      cbc("ID", Integer.toString(number));
      cbc(creditNote ? "CreditedQuantity" : "InvoicedQuantity", "1", "unitCode", UNIT_MONTH);
      amount("LineExtensionAmount", line.amount());
      LocalDate month = line.month().withDayOfMonth(1);
      period(month, month.with(TemporalAdjusters.lastDayOfMonth()));
      BigDecimal allowance = line.unitPrice().subtract(line.amount());
      if (allowance.signum() != 0) {
        // Gross price + line allowance, so the reduction is visible to the buyer as such.
        cac("AllowanceCharge");
        cbc("ChargeIndicator", "false");
        cbc("AllowanceChargeReasonCode", ALLOWANCE_DISCOUNT);
        cbc("AllowanceChargeReason", "Réduction de " + FrenchText.percent(line.reductionPercent()));
        if (line.reductionPercent() > 0) {
          cbc("MultiplierFactorNumeric", Integer.toString(line.reductionPercent()));
        }
        amount("Amount", allowance);
        if (line.reductionPercent() > 0) {
          amount("BaseAmount", line.unitPrice());
        }
        end();
      }
      cac("Item");
      cbc("Description", "Mois facturé : " + FrenchText.month(line.month()));
      cbc("Name", line.description());
      cac("ClassifiedTaxCategory");
      cbc("ID", "S");
      cbc("Percent", percent(doc.vatRatePercent()));
      taxScheme();
      end();
      end();
      cac("Price");
      amount("PriceAmount", line.unitPrice());
      cbc("BaseQuantity", "1", "unitCode", UNIT_MONTH);
      end();
      end();
    }

    private void period(LocalDate start, LocalDate end) throws XMLStreamException {
      cac("InvoicePeriod");
      cbc("StartDate", start.toString());
      cbc("EndDate", end.toString());
      end();
    }

    private void taxScheme() throws XMLStreamException {
      cac("TaxScheme");
      cbc("ID", "VAT");
      end();
    }

    private void amount(String name, BigDecimal value) throws XMLStreamException {
      cbc(name, value.setScale(2, RoundingMode.HALF_UP).toPlainString(), "currencyID", CURRENCY);
    }

    private void cac(String name) throws XMLStreamException {
      xml.writeStartElement("cac", name, NS_CAC);
    }

    private void end() throws XMLStreamException {
      xml.writeEndElement();
    }

    private void cbc(String name, String value) throws XMLStreamException {
      xml.writeStartElement("cbc", name, NS_CBC);
      xml.writeCharacters(value);
      xml.writeEndElement();
    }

    private void cbc(String name, String value, String attribute, String attributeValue) throws XMLStreamException {
      xml.writeStartElement("cbc", name, NS_CBC);
      xml.writeAttribute(attribute, attributeValue);
      xml.writeCharacters(value);
      xml.writeEndElement();
    }

    private static String percent(BigDecimal rate) {
      return rate.stripTrailingZeros().toPlainString();
    }
  }
}
