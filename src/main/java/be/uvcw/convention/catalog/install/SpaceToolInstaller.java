package be.uvcw.convention.catalog.install;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.provisioning.InstallationState;
import be.uvcw.convention.provisioning.ProvisioningException;
import be.uvcw.convention.provisioning.ProvisioningPort;
import be.uvcw.convention.provisioning.ProvisioningPort.ToolManifest;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SpaceState;
import be.uvcw.convention.provisioning.ToolInstallation;
import be.uvcw.convention.provisioning.ToolInstallationRepository;
import java.time.Clock;
import java.util.TreeMap;
import be.uvcw.convention.provisioning.StandardSettings;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one Tool into one space at one version, with the standard settings of provisioning plus
 * the adaptation packages delivered there (setting "adaptations"), and records the installation.
 * Used by adaptation deliveries and Tool updates so that an update never drops an adaptation.
 * Idempotent: the port re-installs in place, so a retried job leaves the same state.
 */
@Service
public class SpaceToolInstaller {

  /** Manifest setting listing the adaptation packages of that space, comma-separated, in delivery order. */
  public static final String ADAPTATIONS_SETTING = "adaptations";

  private final ProvisioningPort provisioning;
  private final ToolInstallationRepository installations;
  private final InstalledAdaptationRepository adaptations;
  private final Clock clock;

  public SpaceToolInstaller(ProvisioningPort provisioning, ToolInstallationRepository installations,
      InstalledAdaptationRepository adaptations, Clock clock) {
    this.provisioning = provisioning;
    this.installations = installations;
    this.adaptations = adaptations;
    this.clock = clock;
  }

  @Transactional
  public ToolInstallation install(SecureSpace space, Tool tool, String version) {
    if (space.getState() != SpaceState.ACTIVE) {
      throw new ProvisioningException("Impossible d'installer « " + tool.getName() + " » : l'espace sécurisé de "
          + space.getOrganisation().getName() + " est « " + space.getState().label() + " ».");
    }
    provisioning.installTool(space.getLocation(), manifest(space, tool, version));
    ToolInstallation installation = installations.findBySpaceAndTool(space, tool)
        .orElseGet(() -> new ToolInstallation(space, tool, version, clock.instant()));
    installation.installed(version, clock.instant());
    return installations.save(installation);
  }

  /** True when the Tool is installed (not removed) in that space. */
  @Transactional(readOnly = true)
  public boolean isInstalled(SecureSpace space, Tool tool) {
    return installations.findBySpaceAndTool(space, tool).map(i -> i.getState() == InstallationState.INSTALLED).orElse(false);
  }

  /** The version installed in that space, if the Tool is there. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> installedVersion(SecureSpace space, Tool tool) {
    return installations.findBySpaceAndTool(space, tool).filter(i -> i.getState() == InstallationState.INSTALLED).map(ToolInstallation::getVersion);
  }

  ToolManifest manifest(SecureSpace space, Tool tool, String version) {
    Map<String, String> settings = new TreeMap<>(StandardSettings.of(space.getOrganisation(), tool));
    String packages = adaptations.findBySpaceIdAndToolIdOrderByIdAsc(space.getId(), tool.getId()).stream()
        .map(InstalledAdaptation::getReference).collect(Collectors.joining(","));
    if (!packages.isEmpty()) {
      settings.put(ADAPTATIONS_SETTING, packages);
    }
    return new ToolManifest(tool.getCode(), tool.getName(), version, settings);
  }
}
