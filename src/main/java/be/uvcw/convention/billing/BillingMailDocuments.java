package be.uvcw.convention.billing;

import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailedDocuments;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invoices and credit notes as the outbox mails them: their PDF and UBL are rendered again when the
 * mail leaves (an issued document never changes, so it gives the same files) rather than stored
 * with each mail; the document becomes SENT when the SMTP server accepts its mail.
 */
@Configuration(proxyBeanMethods = false)
class BillingMailDocuments {

  static final String INVOICE = "invoice";
  static final String CREDIT_NOTE = "credit-note";

  @Bean
  MailedDocuments invoiceMails(InvoiceRepository invoices, InvoiceDocuments documents, BillingDocumentRenderer renderer, JdbcTemplate jdbc) {
    return new Kind(INVOICE, id -> documents.of(invoices.findById(id)
        .orElseThrow(() -> new BillingNotFoundException("La facture " + id + " n'existe pas."))), renderer,
        "update invoice set state = 'SENT', sent_at = ? where id = ? and state = 'ISSUED'", jdbc);
  }

  @Bean
  MailedDocuments creditNoteMails(CreditNoteRepository notes, InvoiceDocuments documents, BillingDocumentRenderer renderer, JdbcTemplate jdbc) {
    return new Kind(CREDIT_NOTE, id -> documents.of(notes.findById(id)
        .orElseThrow(() -> new BillingNotFoundException("La note de crédit " + id + " n'existe pas."))), renderer,
        "update credit_note set state = 'SENT', sent_at = ? where id = ? and state = 'ISSUED'", jdbc);
  }

  /** The names of the files a document's mail attaches. */
  static List<String> fileNames(InvoiceDocument document) {
    String base = prefix(document) + document.number();
    return List.of(base + ".pdf", base + ".xml");
  }

  private static String prefix(InvoiceDocument document) {
    return document.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "note-de-credit-" : "facture-";
  }

  private interface Loader {
    InvoiceDocument load(long id);
  }

  private record Kind(String kind, Loader loader, BillingDocumentRenderer renderer, String markSent, JdbcTemplate jdbc)
      implements MailedDocuments {

    @Override
    public List<Mail.Attachment> attachments(long documentId) {
      InvoiceDocument document = loader.load(documentId);
      List<String> names = fileNames(document);
      return List.of(
          new Mail.Attachment(names.get(0), "application/pdf", renderer.pdf(document)),
          new Mail.Attachment(names.get(1), "application/xml", renderer.ubl(document)));
    }

    @Override
    public void delivered(long documentId, Instant sentAt) {
      jdbc.update(markSent, Timestamp.from(sentAt), documentId);
    }
  }
}
