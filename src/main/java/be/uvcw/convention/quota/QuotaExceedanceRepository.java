package be.uvcw.convention.quota;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuotaExceedanceRepository extends JpaRepository<QuotaExceedance, Long> {
  Optional<QuotaExceedance> findBySpaceIdAndHandledAtIsNull(Long spaceId);

  List<QuotaExceedance> findBySpaceIdOrderById(Long spaceId);
}
