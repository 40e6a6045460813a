package be.uvcw.convention.billing.web;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.billing.BillingNotFoundException;
import be.uvcw.convention.billing.BillingRunProcess;
import be.uvcw.convention.billing.BillingRunService;
import be.uvcw.convention.billing.document.LedgerWriter;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.platform.french.FrenchText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Billing runs for finance and management: start one (manual or catch-up), follow it, download its ledger. */
@RestController
@RequestMapping("/api/billing-runs")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BillingRunController {

  static final String[] FINANCE = {Groups.FINANCE, Groups.UNION_MANAGEMENT, Groups.ADMIN};

  private final BillingRunProcess billingRuns;
  private final BillingRunService runs;
  private final BillingQueries queries;
  private final LedgerWriter ledger;
  private final CurrentUser currentUser;

  record StartRequest(String billingDate) {}

  /** Starts the BPMN `billing-run`; its first step opens the run in this request's transaction (409 when one is open). */
  @PostMapping
  ResponseEntity<BillingRunService.Summary> start(@RequestBody(required = false) StartRequest request) {
    currentUser.requireAnyGroup(FINANCE);
    if (request == null || request.billingDate() == null || request.billingDate().isBlank()) {
      throw new BadInput("La date de facturation (billingDate, AAAA-MM-JJ) est obligatoire.");
    }
    LocalDate billingDate;
    try {
      billingDate = LocalDate.parse(request.billingDate().trim());
    } catch (DateTimeParseException e) {
      throw new BadInput("La date de facturation « " + request.billingDate() + " » n'est pas une date AAAA-MM-JJ.");
    }
    long runId = billingRuns.start(billingDate);
    return ResponseEntity.created(URI.create("/api/billing-runs/" + runId)).body(runs.summary(runId));
  }

  @GetMapping("/{id}")
  BillingRunService.Summary get(@PathVariable long id) {
    currentUser.requireAnyGroup(FINANCE);
    queries.requireRun(id);
    return runs.summary(id);
  }

  /** The xlsx ledger of the run (drafts while under review, then the issued invoices), streamed. */
  @GetMapping("/{id}/ledger.xlsx")
  void ledger(@PathVariable long id, HttpServletResponse response) throws IOException {
    currentUser.requireAnyGroup(FINANCE);
    LocalDate billingDate = queries.requireRun(id);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"journal-facturation-" + id + ".xlsx\"");
    ledger.write("Journal de la facturation n° " + id + " au " + FrenchText.shortDate(billingDate), queries.ledgerRows(id), response.getOutputStream());
  }

  static BillingNotFoundException notFound(long id) {
    return new BillingNotFoundException("La facturation " + id + " n'existe pas.");
  }
}
