package be.uvcw.convention.tooling.install;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.provisioning.InstallationState;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.ToolInstallation;
import be.uvcw.convention.provisioning.ToolInstallationRepository;
import be.uvcw.convention.provisioning.ToolSettingsContributor;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-installs an installed Tool in one space at one version through provisioning (adaptation
 * deliveries, Tool updates), and contributes the adaptation packages delivered there to every
 * manifest provisioning writes (setting "adaptations"), so that no re-installation drops one.
 */
@Service
public class SpaceToolInstaller implements ToolSettingsContributor {

  /** Manifest setting listing the adaptation packages of that space, comma-separated, in delivery order. */
  public static final String ADAPTATIONS_SETTING = "adaptations";

  private final ProvisioningService provisioning;
  private final ToolInstallationRepository installations;
  private final InstalledAdaptationRepository adaptations;

  public SpaceToolInstaller(@org.springframework.context.annotation.Lazy ProvisioningService provisioning,
      ToolInstallationRepository installations, InstalledAdaptationRepository adaptations) {
    this.provisioning = provisioning;
    this.installations = installations;
    this.adaptations = adaptations;
  }

  /** Writes the Tool at that version into the space (idempotent: a retried job leaves the same state). */
  @Transactional
  public ToolInstallation install(SecureSpace space, Tool tool, String version) {
    return provisioning.updateTool(space.getOrganisation().getId(), tool.getCode(), version);
  }

  /** True when the Tool is installed (not removed) in that space. */
  @Transactional(readOnly = true)
  public boolean isInstalled(SecureSpace space, Tool tool) {
    return installedVersion(space, tool).isPresent();
  }

  /** The version installed in that space, if the Tool is there. */
  @Transactional(readOnly = true)
  public Optional<String> installedVersion(SecureSpace space, Tool tool) {
    return installations.findBySpaceAndTool(space, tool)
        .filter(i -> i.getState() == InstallationState.INSTALLED)
        .map(ToolInstallation::getVersion);
  }

  @Override
  public Map<String, String> settingsFor(SecureSpace space, Tool tool) {
    if (space.getId() == null || tool.getId() == null) {
      return Map.of();
    }
    String packages = adaptations.findBySpaceIdAndToolIdOrderByIdAsc(space.getId(), tool.getId()).stream()
        .map(InstalledAdaptation::getReference).collect(Collectors.joining(","));
    return packages.isEmpty() ? Map.of() : Map.of(ADAPTATIONS_SETTING, packages);
  }
}
