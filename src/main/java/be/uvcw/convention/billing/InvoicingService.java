package be.uvcw.convention.billing;

import be.uvcw.convention.error.Conflict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The first invoice of a convention, issued right after its activation (art. 7b). */
@Service
@RequiredArgsConstructor
public class InvoicingService {

  private final DraftInvoiceBuilder builder;
  private final InvoiceIssuer issuer;
  private final InvoiceRepository invoices;
  private final Clock clock;

  /**
   * Drafts and issues, in one transaction, the invoice of the full months from the start date to
   * the end of that semester. Idempotent: months already invoiced are not billed again, so a retried
   * job returns empty instead of a second invoice.
   */
  @Transactional
  public Optional<Invoice> issueFirstInvoice(long conventionId) {
    List<DraftInvoiceBuilder.Result> results = builder.build(List.of(conventionId), LocalDate.now(clock),
        DraftInvoiceBuilder.Mode.FIRST_INVOICE, null, null);
    DraftInvoiceBuilder.Result result = results.get(0);
    if (result.outcome() == DraftInvoiceBuilder.Outcome.ERROR) {
      throw new Conflict("Première facture de la convention " + conventionId + " impossible : " + result.error());
    }
    if (result.outcome() == DraftInvoiceBuilder.Outcome.NOTHING_OWED) {
      return Optional.empty();
    }
    issuer.issue(List.of(result.invoiceId()));
    return invoices.findByIdIn(List.of(result.invoiceId())).stream().findFirst();
  }
}
