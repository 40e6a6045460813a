package be.uvcw.convention.billing;

import be.uvcw.convention.billing.document.IdentifierFormats;
import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.convention.FeeTerms;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.platform.french.FrenchText;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the mail of issued invoices and credit notes to the organisation's billing address, in
 * the caller's transaction (the outbox, docs/operations.md). The PDF and UBL are not stored with
 * the mail: {@link BillingMailDocuments} renders them from the immutable document when the mail
 * leaves, and marks the document SENT when the SMTP server accepts it. One mail per document (the
 * outbox refuses a second), so a retried or repeated step never mails an invoice twice.
 */
@Service
@RequiredArgsConstructor
public class InvoiceSender {

  private final InvoiceRepository invoices;
  private final CreditNoteRepository creditNotes;
  private final InvoiceDocuments documents;
  private final MailService mail;
  private final MailTemplates templates;

  @Transactional
  public void sendInvoice(long invoiceId) {
    sendInvoices(List.of(invoiceId));
  }

  /** Queues the mail of each of those invoices still ISSUED (drafts and sent ones are skipped); returns how many. */
  @Transactional
  public int sendInvoices(List<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return 0;
    }
    List<Invoice> issued = invoices.findByIdIn(invoiceIds).stream()
        .filter(invoice -> invoice.getState() == InvoiceState.ISSUED)
        .sorted(Comparator.comparing(Invoice::getId))
        .toList();
    if (issued.isEmpty() && invoiceIds.size() == 1 && !invoices.existsById(invoiceIds.get(0))) {
      throw new BillingNotFoundException("La facture " + invoiceIds.get(0) + " n'existe pas.");
    }
    return mail.queueAll(issued.stream().map(this::mailFor).toList());
  }

  private Mail mailFor(Invoice invoice) {
    InvoiceDocument document = documents.of(invoice);
    Map<String, Object> values = new HashMap<>(Map.of(
        "number", document.number(),
        "issueDate", document.issueDate(),
        "periodStart", document.periodStart(),
        "periodEnd", document.periodEnd(),
        "totalInclVat", document.totalInclVat(),
        "dueDate", document.dueDate(),
        "iban", IdentifierFormats.iban(document.iban()),
        "supplierName", document.supplier().name(),
        "structuredCommunication", document.structuredCommunication()));
    values.put("creditedInvoiceNumber", document.creditedInvoiceNumber()); // a supplementary invoice names the one it completes
    values.put("cpasReduction", FrenchText.percent(FeeTerms.CPAS_REDUCTION_PERCENT));
    MailTemplates.Text text = templates.render("invoice", values);
    return new Mail(invoice.getCustomerEmail(), text.subject(), text.body(), invoice.getOrganisationId(), List.of(),
        new Mail.Document(BillingMailDocuments.INVOICE, invoice.getId(), BillingMailDocuments.fileNames(document)));
  }

  /** Queues the credit note's mail unless it is sent or queued already. */
  @Transactional
  public void sendCreditNote(String number) {
    CreditNote note = creditNotes.findByNumber(number)
        .orElseThrow(() -> new BillingNotFoundException("La note de crédit " + number + " n'existe pas."));
    if (note.getState() != CreditNote.State.ISSUED) {
      return;
    }
    InvoiceDocument document = documents.of(note);
    MailTemplates.Text text = templates.render("credit-note", Map.of(
        "number", document.number(),
        "issueDate", document.issueDate(),
        "creditedInvoiceNumber", document.creditedInvoiceNumber(),
        "totalInclVat", document.totalInclVat(),
        "reason", note.getReason()));
    mail.send(new Mail(note.getInvoice().getCustomerEmail(), text.subject(), text.body(), note.getInvoice().getOrganisationId(),
        List.of(), new Mail.Document(BillingMailDocuments.CREDIT_NOTE, note.getId(), BillingMailDocuments.fileNames(document))));
  }
}
