package be.uvcw.convention.intrusion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntrusionReportRepository extends JpaRepository<IntrusionReport, Long> {
  List<IntrusionReport> findByOrganisationIdOrderByReportedAtDesc(Long organisationId);
}
