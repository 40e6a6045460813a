package be.uvcw.convention.billing;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends the invoices of a chunk a few at a time: rendering a PDF is CPU work and an SMTP exchange
 * is mostly waiting, so overlapping them shortens a run. Each invoice is still sent and marked SENT
 * on its own ({@link InvoiceSender#sendInvoice}); five threads hold at most five connections (the
 * mail journal's) while SMTP answers, within Hikari's ten. When one fails, the others are kept
 * and the exception makes the chunk's job retry only the unsent ones.
 */
@Component
public class InvoiceMailing {

  private final InvoiceSender sender;
  private final ExecutorService pool;

  public InvoiceMailing(InvoiceSender sender, @Value("${convention.billing.send-threads:5}") int threads) {
    this.sender = sender;
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread thread = new Thread(runnable, "invoice-mailing");
      thread.setDaemon(true);
      return thread;
    });
  }

  public void sendAll(List<Long> invoiceIds) {
    List<Future<?>> sending = new ArrayList<>();
    for (Long id : invoiceIds) {
      sending.add(pool.submit(() -> sender.sendInvoice(id)));
    }
    RuntimeException first = null;
    for (Future<?> one : sending) {
      try {
        one.get();
      } catch (ExecutionException e) {
        if (first == null) {
          first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Envoi des factures interrompu.", e);
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
