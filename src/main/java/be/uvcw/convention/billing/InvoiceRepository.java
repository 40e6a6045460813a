package be.uvcw.convention.billing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InvoiceRepository extends JpaRepository<Invoice, Long>, JpaSpecificationExecutor<Invoice> {

  @EntityGraph(attributePaths = "lines")
  Optional<Invoice> findByNumber(String number);

  @EntityGraph(attributePaths = "lines")
  List<Invoice> findByIdIn(List<Long> ids);

  List<Invoice> findByConventionIdOrderById(Long conventionId);
}
