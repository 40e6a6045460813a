package be.uvcw.convention.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Émettre / Envoyer la première facture » in the onboarding process, right after « Convention activée ». */
final class FirstInvoiceDelegates {

  private FirstInvoiceDelegates() {}

  @Component("issueFirstInvoice")
  static class IssueFirstInvoice implements JavaDelegate {
    private final InvoicingService invoicing;

    IssueFirstInvoice(InvoicingService invoicing) {
      this.invoicing = invoicing;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long conventionId = ((Number) execution.getVariable("conventionId")).longValue();
      // empty on a retry after a commit (months already invoiced): keep what the first attempt wrote
      invoicing.issueFirstInvoice(conventionId).ifPresent(invoice -> {
        execution.setVariable("firstInvoiceId", invoice.getId());
        execution.setVariable("firstInvoiceNumber", invoice.getNumber());
      });
    }
  }

  @Component("sendFirstInvoice")
  static class SendFirstInvoice implements JavaDelegate {
    private final InvoiceSender sender;

    SendFirstInvoice(InvoiceSender sender) {
      this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Object invoiceId = execution.getVariable("firstInvoiceId");
      if (invoiceId != null) {
        sender.sendInvoice(((Number) invoiceId).longValue());
      }
    }
  }
}
