package be.uvcw.convention.provisioning;

import be.uvcw.convention.catalog.Tool;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolInstallationRepository extends JpaRepository<ToolInstallation, Long> {
  Optional<ToolInstallation> findBySpaceAndTool(SecureSpace space, Tool tool);

  List<ToolInstallation> findBySpace(SecureSpace space);

  List<ToolInstallation> findByToolAndState(Tool tool, InstallationState state);
}
