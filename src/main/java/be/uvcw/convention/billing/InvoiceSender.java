package be.uvcw.convention.billing;

import be.uvcw.convention.billing.document.FrenchFormats;
import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailDeliveryException;
import be.uvcw.convention.notification.MailService;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends issued invoices or a credit note to the organisation's billing address, PDF and UBL
 * attached, then marks them SENT in a short transaction of their own: a failed mail leaves its
 * invoice ISSUED for the retry, and a retried chunk does not mail the invoices already sent. No
 * database connection is held while the SMTP server answers.
 */
@Service
public class InvoiceSender {


  private final InvoiceRepository invoices;
  private final CreditNoteRepository creditNotes;
  private final InvoiceDocuments documents;
  private final BillingDocumentRenderer renderer;
  private final MailService mail;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate newTransaction;

  public InvoiceSender(InvoiceRepository invoices, CreditNoteRepository creditNotes, InvoiceDocuments documents,
      BillingDocumentRenderer renderer, MailService mail, JdbcTemplate jdbc, Clock clock,
      PlatformTransactionManager transactions) {
    this.invoices = invoices;
    this.creditNotes = creditNotes;
    this.documents = documents;
    this.renderer = renderer;
    this.mail = mail;
    this.jdbc = jdbc;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public void sendInvoice(long invoiceId) {
    sendInvoices(List.of(invoiceId));
  }

  /**
   * Sends those invoices (the ones still ISSUED; sent ones are skipped on a retry) over one SMTP
   * connection, then marks the accepted ones SENT in one short transaction. When a mail fails, the
   * others are still marked and the first failure is thrown, so the job retries only the unsent.
   */
  public void sendInvoices(List<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return;
    }
    List<Invoice> issued = invoices.findByIdIn(invoiceIds).stream()
        .filter(invoice -> invoice.getState() == InvoiceState.ISSUED) // already sent (retry) or still a draft
        .sorted(Comparator.comparing(Invoice::getId))
        .toList();
    if (issued.isEmpty()) {
      if (invoiceIds.size() == 1 && !invoices.existsById(invoiceIds.get(0))) {
        throw new BillingNotFoundException("La facture " + invoiceIds.get(0) + " n'existe pas.");
      }
      return;
    }
    List<Mail> mails = issued.stream().map(this::mailFor).toList();
    List<MailService.Delivery> deliveries = mail.sendAll(mails);
    Timestamp now = Timestamp.from(clock.instant());
    List<Object[]> sent = new ArrayList<>();
    MailDeliveryException first = null;
    for (int i = 0; i < issued.size(); i++) {
      if (deliveries.get(i).sent()) {
        sent.add(new Object[] {now, issued.get(i).getId()});
      } else if (first == null) {
        first = deliveries.get(i).failure();
      }
    }
    if (!sent.isEmpty()) {
      newTransaction.executeWithoutResult(status ->
          jdbc.batchUpdate("update invoice set state = 'SENT', sent_at = ? where id = ? and state = 'ISSUED'", sent));
    }
    if (first != null) {
      throw first;
    }
  }

  private Mail mailFor(Invoice invoice) {
    InvoiceDocument document = documents.of(invoice);
    String body = "Madame, Monsieur,\n\n"
        + "Veuillez trouver ci-joint la facture " + document.number() + " du " + FrenchFormats.date(document.issueDate())
        + " relative à votre accès au Serveur CommunesPlone pour la période du " + FrenchFormats.date(document.periodStart())
        + " au " + FrenchFormats.date(document.periodEnd()) + ".\n\n"
        + "Montant à payer : " + FrenchFormats.euros(document.totalInclVat()) + " TVAC, au plus tard le "
        + FrenchFormats.date(document.dueDate()) + ",\n"
        + "sur le compte " + FrenchFormats.iban(document.iban()) + " au nom de " + document.supplier().name() + ",\n"
        + "avec la communication structurée " + document.structuredCommunication() + ".\n\n"
        + "La facture est jointe au format PDF et au format UBL (Peppol BIS Billing 3.0).\n\n"
        + "Union des Villes et Communes de Wallonie — CommunesPlone";
    return new Mail(invoice.getCustomerEmail(), "Facture " + document.number() + " — Accès au Serveur CommunesPlone", body,
        invoice.getOrganisationId(), attachments(document, "facture-"));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sendCreditNote(String number) {
    CreditNote note = creditNotes.findByNumber(number)
        .orElseThrow(() -> new BillingNotFoundException("La note de crédit " + number + " n'existe pas."));
    if (jdbc.update("update credit_note set state = 'SENT', sent_at = ? where id = ? and state = 'ISSUED'",
        Timestamp.from(clock.instant()), note.getId()) == 0) {
      return;
    }
    InvoiceDocument document = documents.of(note);
    String body = "Madame, Monsieur,\n\n"
        + "Veuillez trouver ci-joint la note de crédit " + document.number() + " du " + FrenchFormats.date(document.issueDate())
        + " qui corrige la facture " + document.creditedInvoiceNumber() + " pour un montant de " + FrenchFormats.euros(document.totalInclVat())
        + " TVAC.\n\nMotif : " + note.getReason() + "\n\n"
        + "Union des Villes et Communes de Wallonie — CommunesPlone";
    mail.send(new Mail(note.getInvoice().getCustomerEmail(), "Note de crédit " + document.number() + " — Accès au Serveur CommunesPlone",
        body, note.getInvoice().getOrganisationId(), attachments(document, "note-de-credit-")));
  }

  private List<Mail.Attachment> attachments(InvoiceDocument document, String prefix) {
    return List.of(
        new Mail.Attachment(prefix + document.number() + ".pdf", "application/pdf", renderer.pdf(document)),
        new Mail.Attachment(prefix + document.number() + ".xml", "application/xml", renderer.ubl(document)));
  }
}
