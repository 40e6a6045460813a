package be.uvcw.convention.billing;

import static be.uvcw.convention.billing.CpasReductionCorrectionVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The thin delegates of {@code cpas-reduction-correction}, and the steps of other processes that start it. */
final class CpasReductionCorrectionDelegates {

  private CpasReductionCorrectionDelegates() {}

  @Component("issueCpasReductionCorrections")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Issue implements JavaDelegate {
    private final CpasReductionCorrectionService corrections;

    @Override
    public void execute(DelegateExecution execution) {
      var corrected = corrections.correct(CONVENTION_ID.required(execution), CAUSE.get(execution));
      CORRECTED_MONTH_COUNT.set(execution, corrected.monthCount());
      // Plain text lists, readable in Cockpit: "NC-2026-00001,NC-2026-00002" and "41,42".
      CREDIT_NOTE_NUMBERS.set(execution, corrected.creditNoteNumbers());
      SUPPLEMENTARY_INVOICE_IDS.set(execution, corrected.supplementaryInvoiceIds().stream().map(String::valueOf).toList());
    }
  }

  @Component("sendCpasReductionCorrections")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Send implements JavaDelegate {
    private final InvoiceSender sender;

    @Override
    public void execute(DelegateExecution execution) {
      // Both are idempotent: a retry sends only what is not SENT yet.
      CREDIT_NOTE_NUMBERS.get(execution).forEach(sender::sendCreditNote);
      sender.sendInvoices(SUPPLEMENTARY_INVOICE_IDS.get(execution).stream().map(Long::valueOf).toList());
    }
  }

  /**
   * The convention's lifecycle began (activated, imported or demo): « Correction de la réduction du CPAS
   * demandée » in convention-lifecycle (nothing when the convention is not a commune's).
   */
  @Component("requestCpasReductionCorrectionAtStart")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RequestAtLifecycleStart implements JavaDelegate {
    private final CpasReductionCorrections corrections;

    @Override
    public void execute(DelegateExecution execution) {
      corrections.requestAfterChangeOf(CONVENTION_ID.required(execution), "Début de la convention de la commune");
    }
  }

  /** Non-renewal accepted: « Correction de la réduction du CPAS demandée » (nothing when the convention is not a commune's). */
  @Component("requestCpasReductionCorrection")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RequestAfterNonRenewal implements JavaDelegate {
    private final CpasReductionCorrections corrections;

    @Override
    public void execute(DelegateExecution execution) {
      corrections.requestAfterChangeOf(CONVENTION_ID.required(execution), "Non-reconduction acceptée de la convention de la commune");
    }
  }

  /** Billing run: the months an event did not correct (a failed start, drafts issued after the event). */
  @Component("requestMissedReductionCorrections")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RequestMissed implements JavaDelegate {
    private final CpasReductionCorrections corrections;

    @Override
    public void execute(DelegateExecution execution) {
      BillingRunVariables.REDUCTION_CORRECTIONS_REQUESTED.set(execution,
          corrections.requestMissed("Facturation au " + BillingRunVariables.BILLING_DATE.get(execution)).size());
    }
  }
}
