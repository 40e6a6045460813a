package be.uvcw.convention.tooling.update;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolReleaseRepository extends JpaRepository<ToolRelease, Long> {
  Optional<ToolRelease> findByProcessInstanceId(String processInstanceId);
}
