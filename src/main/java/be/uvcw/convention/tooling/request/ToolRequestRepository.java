package be.uvcw.convention.tooling.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolRequestRepository extends JpaRepository<ToolRequest, Long> {
  Optional<ToolRequest> findByProcessInstanceId(String processInstanceId);

  List<ToolRequest> findByTenantIdInOrderByRequestedAtDesc(Collection<String> tenantIds);

  List<ToolRequest> findAllByOrderByRequestedAtDesc();
}
