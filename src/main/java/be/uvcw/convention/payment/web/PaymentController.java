package be.uvcw.convention.payment.web;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.error.Forbidden;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.payment.PaymentMatchingProcess;
import be.uvcw.convention.payment.PaymentQueries;
import be.uvcw.convention.payment.PaymentService;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Payments (docs/billing.md, "Payments"). Finance and administrators upload statements, allocate,
 * set aside and undo; the Union reads credits and payments; an organisation's signatories read
 * their own organisation's open invoices and payments, nothing of others.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PaymentController {

  /** Who may change payments. Management reads but does not book (separation of duties). */
  static final String[] BOOKKEEPERS = {Groups.FINANCE, Groups.ADMIN};

  private final PaymentService payments;
  private final PaymentQueries queries;
  private final PaymentMatchingProcess matchingProcess;
  private final CurrentUser currentUser;

  /** Uploads a camt.053 or CODA statement: 201 with what it added, 200 when it was already imported. */
  @PostMapping(value = "/bank-statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PaymentService.ImportResult> upload(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
    currentUser.requireAnyGroup(BOOKKEEPERS);
    if (file == null || file.isEmpty()) {
      throw new BadInput("Joignez le relevé bancaire (champ « file » : camt.053 XML ou CODA).");
    }
    PaymentService.ImportResult result = payments.importStatement(file.getBytes(), file.getOriginalFilename(), currentUser.userId());
    return result.alreadyImported() ? ResponseEntity.ok(result)
        : ResponseEntity.created(URI.create("/api/bank-credits?statementId=" + result.statementId())).body(result);
  }

  @GetMapping("/bank-statements")
  List<PaymentQueries.Statement> statements() {
    requireUnionReader();
    return queries.statements();
  }

  @GetMapping("/bank-credits")
  List<PaymentQueries.Credit> credits(@RequestParam(required = false) String state, @RequestParam(required = false) Long statementId) {
    requireUnionReader();
    return queries.credits(state, statementId);
  }

  @GetMapping("/bank-credits/{id}")
  PaymentQueries.Credit credit(@PathVariable long id) {
    requireUnionReader();
    return queries.credit(id);
  }

  record AllocationRequest(String invoiceNumber, BigDecimal amount, String note) {}

  record ReasonRequest(String reason) {}

  /** Finance allocates a credit's rest (an over-payment, a credit whose match was undone) to an invoice. */
  @PostMapping("/bank-credits/{id}/allocations")
  ResponseEntity<PaymentQueries.Credit> allocate(@PathVariable long id, @RequestBody(required = false) AllocationRequest request) {
    currentUser.requireAnyGroup(BOOKKEEPERS);
    if (request == null || request.invoiceNumber() == null || request.invoiceNumber().isBlank()) {
      throw new BadInput("Le numéro de la facture (invoiceNumber, ex. 2026-00042) est obligatoire.");
    }
    requireNoOpenTask(id);
    payments.allocate(id, request.invoiceNumber(), request.amount(), currentUser.userId(), request.note());
    return ResponseEntity.status(HttpStatus.CREATED).body(queries.credit(id));
  }

  /** Finance sets a credit aside: it pays no invoice (a refund, a grant…), with the reason. */
  @PostMapping("/bank-credits/{id}/set-aside")
  PaymentQueries.Credit setAside(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
    currentUser.requireAnyGroup(BOOKKEEPERS);
    requireNoOpenTask(id);
    payments.ignore(id, request == null ? null : request.reason(), currentUser.userId());
    return queries.credit(id);
  }

  /** Undoes a match with a reason: the invoice is due again; the row keeps who, when and why. */
  @PostMapping("/payment-allocations/{id}/undo")
  PaymentQueries.Credit undo(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
    currentUser.requireAnyGroup(BOOKKEEPERS);
    long creditId = payments.undo(id, request == null ? null : request.reason(), currentUser.userId());
    return queries.credit(creditId);
  }

  /** The payments of one invoice (undone ones included), for the Union and the invoice's organisation. */
  @GetMapping("/invoices/{number}/payments")
  List<PaymentQueries.Allocation> paymentsOfInvoice(@PathVariable String number) {
    long organisationId = queries.organisationOfInvoice(number)
        .orElseThrow(() -> new NotFound("La facture " + number + " n'existe pas."));
    currentUser.requireAccessToTenant(queries.tenantOf(organisationId));
    return queries.allocationsOfInvoice(number);
  }

  record Receivables(long organisationId, BigDecimal outstanding, List<PaymentQueries.OpenInvoice> openInvoices,
                     List<PaymentQueries.Payment> payments) {}

  /** An organisation's open invoices and the payments received: its signatories see their own, the Union every one. */
  @GetMapping("/organisations/{organisationId}/receivables")
  Receivables receivables(@PathVariable long organisationId) {
    currentUser.requireAccessToTenant(queries.tenantOf(organisationId));
    List<PaymentQueries.OpenInvoice> open = queries.openInvoicesOfOrganisation(organisationId);
    BigDecimal total = open.stream().map(PaymentQueries.OpenInvoice::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Receivables(organisationId, total, open, queries.paymentsOfOrganisation(organisationId));
  }

  private void requireUnionReader() {
    if (!currentUser.isUnion()) {
      throw new Forbidden("Les relevés bancaires sont réservés au personnel de l'Union.");
    }
  }

  private void requireNoOpenTask(long creditId) {
    if (matchingProcess.isOpen(creditId)) {
      throw new Conflict("Ce crédit attend la tâche « Rapprocher un paiement » : décidez-en dans Tasklist.");
    }
  }
}
