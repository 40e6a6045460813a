package be.uvcw.convention.adaptation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdaptationRequestRepository extends JpaRepository<AdaptationRequest, Long> {
  Optional<AdaptationRequest> findByProcessInstanceId(String processInstanceId);

  List<AdaptationRequest> findByTenantIdInOrderByRequestedAtDesc(Collection<String> tenantIds);

  List<AdaptationRequest> findAllByOrderByRequestedAtDesc();
}
