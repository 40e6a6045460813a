package be.uvcw.convention.billing;

import be.uvcw.convention.integrity.TaskActor;
import static be.uvcw.convention.billing.BillingRunVariables.*;

import be.uvcw.convention.convention.FeeTerms;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The thin delegates of the BPMN `billing-run`: read variables, call {@link BillingRunService}, write variables. */
final class BillingRunDelegates {

  private BillingRunDelegates() {}

  static long runId(DelegateExecution execution) {
    return RUN_ID.required(execution);
  }

  /** The chunk a multi-instance execution works on: its loop counter. */
  static int chunkIndex(DelegateExecution execution) {
    return CHUNK_INDEX.required(execution);
  }

  @Component("openBillingRun")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class OpenBillingRun implements JavaDelegate {
    private final BillingRunService runs;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
      // Tasklist's date field and REST give "2026-07-01"; the schedule's timer start gives nothing (= today).
      LocalDate billingDate = BILLING_DATE.optional(execution).orElse(LocalDate.now(clock));
      var opened = runs.open(billingDate, STARTED_BY.get(execution), execution.getProcessInstanceId(), CHUNK_SIZE.get(execution));
      BILLING_DATE.set(execution, billingDate);
      RUN_ID.set(execution, opened.runId());
      execution.setProcessBusinessKey(BillingRunProcess.businessKey(billingDate));
      CHUNK_COUNT.set(execution, opened.chunkCount());
      CONVENTION_COUNT.set(execution, opened.conventionCount());
    }
  }

  @Component("buildDraftInvoices")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class BuildDraftInvoices implements JavaDelegate {
    private final BillingRunService runs;

    @Override
    public void execute(DelegateExecution execution) {
      runs.buildChunk(runId(execution), chunkIndex(execution));
    }
  }

  @Component("summariseBillingRun")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SummariseBillingRun implements JavaDelegate {
    private final BillingRunService runs;
    private final be.uvcw.convention.platform.PublicUrl publicUrl;

    @Override
    public void execute(DelegateExecution execution) {
      var summary = runs.readyForReview(runId(execution));
      INVOICE_COUNT.set(execution, summary.invoiceCount());
      TOTAL_EXCL_VAT.set(execution, summary.totalExclVat());
      VAT_AMOUNT.set(execution, summary.vatAmount());
      TOTAL_INCL_VAT.set(execution, summary.totalInclVat());
      ERROR_COUNT.set(execution, summary.errorCount());
      String ledgerUrl = publicUrl.base() + "/api/billing-runs/" + summary.runId() + "/ledger.xlsx";
      LEDGER_URL.set(execution, ledgerUrl);
      REVIEW_SUMMARY.set(execution, ReviewText.of(summary, ledgerUrl));
    }
  }

  @Component("approveBillingRun")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class ApproveBillingRun implements JavaDelegate {
    private final BillingRunService runs;

    @Override
    public void execute(DelegateExecution execution) {
      runs.approve(runId(execution), TaskActor.recorded(execution, "VerifierFacturation"));
    }
  }

  @Component("discardDraftInvoices")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class DiscardDraftInvoices implements JavaDelegate {
    private final BillingRunService runs;

    @Override
    public void execute(DelegateExecution execution) {
      int discarded = runs.reject(runId(execution), TaskActor.recorded(execution, "VerifierFacturation"), REJECTION_REASON.get(execution));
      DISCARDED_COUNT.set(execution, discarded);
    }
  }

  @Component("issueInvoiceChunk")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class IssueInvoiceChunk implements JavaDelegate {
    private final BillingRunService runs;

    @Override
    public void execute(DelegateExecution execution) {
      runs.issueChunk(runId(execution), chunkIndex(execution));
    }
  }

  @Component("sendInvoiceChunk")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendInvoiceChunk implements JavaDelegate {
    private final BillingRunService runs;
    private final InvoiceSender sender;

    @Override
    public void execute(DelegateExecution execution) {
      // The mails are queued in this job's transaction: a retried job queues each invoice once, and
      // the outbox sends them after commit (an invoice is SENT when the SMTP server accepts it).
      sender.sendInvoices(runs.unsentInvoicesForSending(runId(execution), chunkIndex(execution)));
    }
  }

  @Component("completeBillingRun")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CompleteBillingRun implements JavaDelegate {
    private final BillingRunService runs;

    @Override
    public void execute(DelegateExecution execution) {
      runs.complete(runId(execution));
    }
  }

  /** The markdown finance reads in the review form. */
  static final class ReviewText {
    private ReviewText() {}

    static String of(BillingRunService.Summary s, String ledgerUrl) {
      StringBuilder text = new StringBuilder()
          .append("**Facturation au ").append(FrenchText.date(s.billingDate())).append("** (n° ").append(s.runId()).append(")\n\n")
          .append("- Conventions examinées : ").append(s.conventionCount()).append("\n")
          .append("- Factures en projet : ").append(s.invoiceCount()).append("\n")
          .append("- Total HTVA : ").append(FrenchText.euros(s.totalExclVat())).append("\n")
          .append("- TVA ").append(FrenchText.percent(FeeTerms.VAT_RATE_PERCENT)).append(" : ").append(FrenchText.euros(s.vatAmount())).append("\n")
          .append("- Total TVAC : ").append(FrenchText.euros(s.totalInclVat())).append("\n")
          .append("- [Journal des factures (xlsx)](").append(ledgerUrl).append(")\n\n");
      if (s.errors().isEmpty()) {
        text.append("Aucune convention en erreur.");
      } else {
        text.append("**Conventions en erreur (").append(s.errorCount()).append(") :**\n\n");
        s.errors().stream().limit(50).forEach(e -> text.append("- ").append(e).append("\n"));
        if (s.errorCount() > 50) {
          text.append("- … et ").append(s.errorCount() - 50).append(" autres\n");
        }
      }
      return text.toString();
    }
  }
}
