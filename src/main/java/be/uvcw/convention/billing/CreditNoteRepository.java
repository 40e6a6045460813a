package be.uvcw.convention.billing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditNoteRepository extends JpaRepository<CreditNote, Long> {

  @EntityGraph(attributePaths = {"lines", "invoice"})
  Optional<CreditNote> findByNumber(String number);

  @EntityGraph(attributePaths = "lines")
  List<CreditNote> findByInvoiceIdOrderById(Long invoiceId);

  @EntityGraph(attributePaths = {"lines", "invoice"})
  List<CreditNote> findByIdIn(List<Long> ids);
}
