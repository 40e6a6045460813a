package be.uvcw.convention.dunning;

import be.uvcw.convention.billing.InvoiceBalanceChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment allocated or undone, or a credit note issued: once committed, when the invoice_balance
 * view says nothing is outstanding, its reminder process gets « FactureSoldee » and stops. A failure
 * here is only logged: each reminder step re-reads the balance anyway.
 */
@Component
class InvoiceSettledListener {

  private static final Logger log = LoggerFactory.getLogger(InvoiceSettledListener.class);

  private final JdbcTemplate jdbc;
  private final PaymentRemindersProcess reminders;
  private final TransactionTemplate newTransaction;

  InvoiceSettledListener(JdbcTemplate jdbc, PaymentRemindersProcess reminders, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.reminders = reminders;
    this.newTransaction = new TransactionTemplate(transactions);
    // After commit the old transaction's resources are still bound: work in a new one.
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void stopRemindersWhenSettled(InvoiceBalanceChanged event) {
    try {
      newTransaction.executeWithoutResult(status -> {
        var settled = jdbc.queryForList("select i.number from invoice_balance b join invoice i on i.id = b.invoice_id"
            + " join payment_reminder_case c on c.invoice_id = i.id and c.closed_at is null"
            + " where b.invoice_id = ? and b.outstanding <= 0", String.class, event.invoiceId());
        settled.forEach(reminders::settled);
      });
    } catch (RuntimeException e) {
      log.warn("Reminders of invoice {} not stopped now ({}); the next reminder step checks the balance again.",
          event.invoiceId(), e.toString());
    }
  }
}
