package be.uvcw.convention.billing.web;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.billing.BillingNotFoundException;
import be.uvcw.convention.billing.CreditNote;
import be.uvcw.convention.billing.CreditNoteRepository;
import be.uvcw.convention.billing.CreditNoteService;
import be.uvcw.convention.billing.BillingDocumentRenderer;
import be.uvcw.convention.billing.Invoice;
import be.uvcw.convention.billing.InvoiceBalances;
import be.uvcw.convention.billing.InvoiceDocuments;
import be.uvcw.convention.billing.InvoiceRepository;
import be.uvcw.convention.billing.InvoiceSender;
import be.uvcw.convention.identity.CurrentUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices and credit notes: finance and management see all of them; an organisation's signatories
 * see only their organisation's issued invoices.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvoiceController {

  private final InvoiceRepository invoices;
  private final CreditNoteRepository creditNotes;
  private final CreditNoteService creditNoteService;
  private final InvoiceSender sender;
  private final InvoiceDocuments documents;
  private final BillingDocumentRenderer renderer;
  private final BillingQueries queries;
  private final CurrentUser currentUser;
  private final InvoiceBalances balances;

  @GetMapping("/invoices")
  List<InvoiceJson> list(@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Long runId) {
    boolean finance = currentUser.isInAnyGroup(BillingRunController.FINANCE);
    if (!finance) {
      if (organisationId == null) {
        throw new BadInput("Indiquez votre organisation (organisationId).");
      }
      currentUser.requireAccessToTenant(queries.tenantOf(organisationId));
    }
    List<Long> ids = queries.invoiceIds(organisationId, date(from, "from"), date(to, "to"), runId, !finance);
    var balances = this.balances.of(ids);
    return invoices.findByIdIn(ids).stream().sorted(java.util.Comparator.comparing(Invoice::getId))
        .map(i -> InvoiceJson.of(i, creditNotes.findByInvoiceIdOrderById(i.getId()),
            balances.getOrDefault(i.getId(), InvoiceBalances.Balance.NONE))).toList();
  }

  @GetMapping(value = "/invoices/{number}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable String number) {
    Invoice invoice = readable(number);
    return file(renderer.pdf(documents.of(invoice)), "facture-" + number + ".pdf", MediaType.APPLICATION_PDF);
  }

  @GetMapping(value = "/invoices/{number}.xml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<byte[]> ubl(@PathVariable String number) {
    Invoice invoice = readable(number);
    return file(renderer.ubl(documents.of(invoice)), "facture-" + number + ".xml", MediaType.APPLICATION_XML);
  }

  @GetMapping(value = "/credit-notes/{number}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> creditNotePdf(@PathVariable String number) {
    CreditNote note = readableCreditNote(number);
    return file(renderer.pdf(documents.of(note)), "note-de-credit-" + number + ".pdf", MediaType.APPLICATION_PDF);
  }

  @GetMapping(value = "/credit-notes/{number}.xml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<byte[]> creditNoteUbl(@PathVariable String number) {
    CreditNote note = readableCreditNote(number);
    return file(renderer.ubl(documents.of(note)), "note-de-credit-" + number + ".xml", MediaType.APPLICATION_XML);
  }

  record CreditRequest(List<String> months, String reason) {}

  record CreditResponse(List<String> creditNotes, boolean sent, String message) {}

  /** Credits months of an issued invoice (finance, management) and queues the credit note's mail, in one transaction. */
  @PostMapping("/invoices/{number}/credit-notes")
  @Transactional
  ResponseEntity<CreditResponse> credit(@PathVariable String number, @RequestBody(required = false) CreditRequest request) {
    currentUser.requireAnyGroup(BillingRunController.FINANCE);
    if (request == null || request.months() == null || request.months().isEmpty()) {
      throw new BadInput("Indiquez les mois à créditer (months, ex. [\"2026-05\"]).");
    }
    if (request.reason() == null || request.reason().isBlank()) {
      throw new BadInput("Le motif de la note de crédit (reason) est obligatoire.");
    }
    List<YearMonth> months = new ArrayList<>();
    for (String month : request.months()) {
      try {
        months.add(YearMonth.parse(month.trim()));
      } catch (DateTimeParseException | NullPointerException e) {
        throw new BadInput("Le mois « " + month + " » n'est pas au format AAAA-MM.");
      }
    }
    List<String> numbers = creditNoteService.creditInvoiceMonths(number, months, request.reason());
    numbers.forEach(sender::sendCreditNote);
    // queued in the outbox: the journal (GET /api/mails) tells when it leaves, or why it failed
    return ResponseEntity.status(HttpStatus.CREATED).body(new CreditResponse(numbers, true, "Note de crédit émise ; son envoi par e-mail est en cours."));
  }

  private Invoice readable(String number) {
    Invoice invoice = invoices.findByNumber(number)
        .orElseThrow(() -> new BillingNotFoundException("La facture " + number + " n'existe pas."));
    if (!currentUser.isInAnyGroup(BillingRunController.FINANCE)) {
      currentUser.requireAccessToTenant(queries.tenantOf(invoice.getOrganisationId()));
    }
    return invoice;
  }

  private CreditNote readableCreditNote(String number) {
    CreditNote note = creditNotes.findByNumber(number)
        .orElseThrow(() -> new BillingNotFoundException("La note de crédit " + number + " n'existe pas."));
    if (!currentUser.isInAnyGroup(BillingRunController.FINANCE)) {
      currentUser.requireAccessToTenant(queries.tenantOf(note.getInvoice().getOrganisationId()));
    }
    return note;
  }

  private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"").body(content);
  }

  private static LocalDate date(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new BadInput("Le paramètre « " + name + " » doit être une date AAAA-MM-JJ.");
    }
  }
}
