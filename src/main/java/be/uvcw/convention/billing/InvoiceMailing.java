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
 * Sends the invoices of a chunk in a few groups at once: rendering a PDF is CPU work and an SMTP
 * exchange is mostly waiting, so overlapping them shortens a run. Each group goes over one SMTP
 * connection ({@link InvoiceSender#sendInvoices}); no database connection is held while SMTP
 * answers. When a mail fails, the others are kept and the exception makes the chunk's job retry
 * only the unsent ones.
 */
@Component
public class InvoiceMailing {

  private final InvoiceSender sender;
  private final ExecutorService pool;
  private final int threads;

  public InvoiceMailing(InvoiceSender sender, @Value("${convention.billing.send-threads:5}") int threads) {
    this.sender = sender;
    this.threads = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread thread = new Thread(runnable, "invoice-mailing");
      thread.setDaemon(true);
      return thread;
    });
  }

  public void sendAll(List<Long> invoiceIds) {
    List<Future<?>> sending = new ArrayList<>();
    int groupSize = Math.max(1, (invoiceIds.size() + threads - 1) / threads);
    for (int from = 0; from < invoiceIds.size(); from += groupSize) {
      List<Long> group = List.copyOf(invoiceIds.subList(from, Math.min(invoiceIds.size(), from + groupSize)));
      sending.add(pool.submit(() -> sender.sendInvoices(group)));
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
