package be.uvcw.convention.catalog.update;

import be.uvcw.convention.catalog.Tool;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolReleaseRepository extends JpaRepository<ToolRelease, Long> {
  Optional<ToolRelease> findByProcessInstanceId(String processInstanceId);

  List<ToolRelease> findByToolOrderByPublishedAtDesc(Tool tool);
}
