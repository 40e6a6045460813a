package be.uvcw.convention.lifecycle;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConventionRenewalRepository extends JpaRepository<ConventionRenewal, Long> {
  List<ConventionRenewal> findByConventionIdOrderByRenewalDate(Long conventionId);

  boolean existsByConventionIdAndRenewalDate(Long conventionId, LocalDate renewalDate);
}
