package be.uvcw.convention.lifecycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NonRenewalNoticeRepository extends JpaRepository<NonRenewalNotice, Long> {
  List<NonRenewalNotice> findByConventionIdOrderByRegisteredAt(Long conventionId);
}
