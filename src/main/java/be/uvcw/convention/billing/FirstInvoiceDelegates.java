package be.uvcw.convention.billing;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Émettre / Envoyer la première facture » in the onboarding process, right after « Convention activée ». */
final class FirstInvoiceDelegates {

  private FirstInvoiceDelegates() {}

  @Component("issueFirstInvoice")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class IssueFirstInvoice implements JavaDelegate {
    private final InvoicingService invoicing;

    @Override
    public void execute(DelegateExecution execution) {
      long conventionId = FirstInvoiceVariables.CONVENTION_ID.required(execution);
      // empty on a retry after a commit (months already invoiced): keep what the first attempt wrote
      invoicing.issueFirstInvoice(conventionId).ifPresent(invoice -> {
        FirstInvoiceVariables.FIRST_INVOICE_ID.set(execution, invoice.getId());
        FirstInvoiceVariables.FIRST_INVOICE_NUMBER.set(execution, invoice.getNumber());
      });
    }
  }

  @Component("sendFirstInvoice")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendFirstInvoice implements JavaDelegate {
    private final InvoiceSender sender;

    @Override
    public void execute(DelegateExecution execution) {
      FirstInvoiceVariables.FIRST_INVOICE_ID.optional(execution).ifPresent(sender::sendInvoice);
    }
  }
}
