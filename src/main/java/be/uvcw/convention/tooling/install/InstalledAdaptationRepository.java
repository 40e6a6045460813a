package be.uvcw.convention.tooling.install;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstalledAdaptationRepository extends JpaRepository<InstalledAdaptation, Long> {
  List<InstalledAdaptation> findBySpaceIdAndToolIdOrderByIdAsc(Long spaceId, Long toolId);

  Optional<InstalledAdaptation> findByAdaptationRequestIdAndSpaceId(Long adaptationRequestId, Long spaceId);
}
