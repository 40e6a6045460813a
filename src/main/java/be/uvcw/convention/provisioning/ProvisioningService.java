package be.uvcw.convention.provisioning;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.provisioning.ProvisioningPort.SpaceAccess;
import be.uvcw.convention.provisioning.ProvisioningPort.ToolManifest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's secure space and Tools (art. 3, art. 6.1, art. 6.3): keeps the database rows
 * and the Server (through {@link ProvisioningPort}) in step.
 *
 * <p>Every operation may be repeated: the Server side is idempotent and the rows are found before
 * they are created. So when the port succeeded but the transaction rolled back (crash, retry of a
 * job), the next try finds the folder, writes the row, and leaves one of each. The unique
 * constraints {@code uq_secure_space_one_per_organisation} and
 * {@code uq_tool_installation_one_per_space_and_tool} are the last guard against two concurrent tries.
 */
@Service
@Transactional
public class ProvisioningService {

  private final ProvisioningPort port;
  private final SecureSpaceRepository spaces;
  private final ToolInstallationRepository installations;
  private final OrganisationRepository organisations;
  private final ToolRepository tools;
  private final Clock clock;
  private final List<ToolSettingsContributor> contributors;

  public ProvisioningService(ProvisioningPort port, SecureSpaceRepository spaces, ToolInstallationRepository installations,
      OrganisationRepository organisations, ToolRepository tools, Clock clock, List<ToolSettingsContributor> contributors) {
    this.port = port;
    this.spaces = spaces;
    this.installations = installations;
    this.organisations = organisations;
    this.tools = tools;
    this.clock = clock;
    this.contributors = List.copyOf(contributors);
  }

  /**
   * Creates the organisation's space on the Server and its row, or finds them. An existing space
   * keeps its access state (a suspended space is not reopened by a repeat); a deleted one is created anew.
   */
  public SecureSpace createSpace(Long organisationId) {
    Organisation organisation = organisation(organisationId);
    Instant now = clock.instant();
    Optional<SecureSpace> existing = spaces.findByOrganisationId(organisationId);
    String location = port.createSpace(organisation.getTenantId());
    if (existing.isEmpty()) {
      return spaces.saveAndFlush(new SecureSpace(organisation, location, now));
    }
    SecureSpace space = existing.get();
    if (space.getState() == SpaceState.DELETED) {
      // A new, empty space: whatever was installed in the deleted one is gone with it.
      markRemoved(space, now);
      space.changeState(SpaceState.ACTIVE, now);
      space.recordUsage(0, now);
    } else {
      port.setAccess(space.getLocation(), accessFor(space.getState()));
    }
    return space;
  }

  /** Installs the catalog's current version of the Tool with its standard settings. */
  public ToolInstallation installTool(Long organisationId, String toolCode) {
    Tool tool = tool(toolCode);
    return install(activeSpace(organisationId, "installer l'outil « " + toolCode + " »"), tool, tool.getCurrentVersion());
  }

  /** Rolls one version of an installed Tool out to the space (art. 3.3); repeating it changes nothing. */
  public ToolInstallation updateTool(Long organisationId, String toolCode, String version) {
    if (version == null || version.isBlank()) {
      throw new ProvisioningException("La version de l'outil « " + toolCode + " » est obligatoire.");
    }
    Tool tool = tool(toolCode);
    SecureSpace space = activeSpace(organisationId, "mettre à jour l'outil « " + toolCode + " »");
    ToolInstallation installation = installations.findBySpaceAndTool(space, tool)
        .filter(i -> i.getState() == InstallationState.INSTALLED)
        .orElseThrow(() -> new ProvisioningException("L'outil « " + tool.getName() + " » n'est pas installé dans l'espace de "
            + space.getOrganisation().getName() + " : il ne peut pas être mis à jour."));
    if (installation.getVersion().equals(version)) {
      port.installTool(space.getLocation(), manifest(space, tool, version)); // makes sure the Server agrees
      return installation;
    }
    return install(space, tool, version);
  }

  /** Removes the Tool from the space; the row stays, marked REMOVED, as a record. */
  public void removeTool(Long organisationId, String toolCode) {
    Tool tool = tool(toolCode);
    SecureSpace space = activeSpace(organisationId, "retirer l'outil « " + toolCode + " »");
    port.removeTool(space.getLocation(), tool.getCode());
    installations.findBySpaceAndTool(space, tool)
        .filter(i -> i.getState() != InstallationState.REMOVED)
        .ifPresent(i -> i.removed(clock.instant()));
  }

  /** No access at all to the Server (art. 6.11); the convention and its billing go on. */
  public SecureSpace suspend(Long organisationId) {
    return changeAccess(organisationId, SpaceState.SUSPENDED);
  }

  /** Reopens a suspended or read-only space. */
  public SecureSpace restore(Long organisationId) {
    return changeAccess(organisationId, SpaceState.ACTIVE);
  }

  /** Freezes the space: the data stay readable (retention after the end), nothing changes any more. */
  public SecureSpace makeReadOnly(Long organisationId) {
    return changeAccess(organisationId, SpaceState.READ_ONLY);
  }

  /** Deletes the space and everything in it; the row stays, marked DELETED, with its Tools REMOVED. */
  public void delete(Long organisationId) {
    Optional<SecureSpace> found = spaces.findByOrganisationId(organisationId);
    if (found.isEmpty()) {
      return; // never created: nothing to delete
    }
    SecureSpace space = found.get();
    port.deleteSpace(space.getLocation());
    Instant now = clock.instant();
    markRemoved(space, now);
    space.recordUsage(0, now);
    if (space.getState() != SpaceState.DELETED) {
      space.changeState(SpaceState.DELETED, now);
    }
  }

  /** Measures the bytes used on the Server and records them (art. 6.3). */
  public long measureUsage(Long organisationId) {
    SecureSpace space = space(organisationId);
    if (space.getState() == SpaceState.DELETED) {
      return 0;
    }
    long used = port.measureUsedBytes(space.getLocation());
    space.recordUsage(used, clock.instant());
    return used;
  }

  @Transactional(readOnly = true)
  public Optional<SpaceReport> spaceOf(Long organisationId) {
    return spaces.findByOrganisationId(organisationId)
        .map(space -> SpaceReport.of(space, installations.findBySpace(space)));
  }

  @Transactional(readOnly = true)
  public Optional<SecureSpace> findSpace(Long organisationId) {
    return spaces.findByOrganisationId(organisationId);
  }

  private ToolInstallation install(SecureSpace space, Tool tool, String version) {
    port.installTool(space.getLocation(), manifest(space, tool, version));
    Instant now = clock.instant();
    Optional<ToolInstallation> existing = installations.findBySpaceAndTool(space, tool);
    if (existing.isPresent()) {
      ToolInstallation installation = existing.get();
      if (installation.getState() != InstallationState.INSTALLED || !installation.getVersion().equals(version)) {
        installation.installed(version, now);
      }
      return installation;
    }
    return installations.saveAndFlush(new ToolInstallation(space, tool, version, now));
  }

  private void markRemoved(SecureSpace space, Instant now) {
    installations.findBySpace(space).stream()
        .filter(i -> i.getState() != InstallationState.REMOVED)
        .forEach(i -> i.removed(now));
  }

  /** The standard settings plus what other capabilities record for that space and Tool (adaptations). */
  private ToolManifest manifest(SecureSpace space, Tool tool, String version) {
    Map<String, String> settings = new TreeMap<>(StandardSettings.of(space.getOrganisation(), tool));
    contributors.forEach(contributor -> settings.putAll(contributor.settingsFor(space, tool)));
    return new ToolManifest(tool.getCode(), tool.getName(), version, settings);
  }

  private SecureSpace changeAccess(Long organisationId, SpaceState target) {
    SecureSpace space = space(organisationId);
    if (space.getState() == SpaceState.DELETED) {
      throw new ProvisioningException("L'espace sécurisé de " + space.getOrganisation().getName()
          + " a été supprimé : son accès ne peut plus être modifié.");
    }
    port.setAccess(space.getLocation(), accessFor(target));
    if (space.getState() != target) {
      space.changeState(target, clock.instant());
    }
    return space;
  }

  private static SpaceAccess accessFor(SpaceState state) {
    return switch (state) {
      case ACTIVE -> SpaceAccess.OPEN;
      case SUSPENDED -> SpaceAccess.SUSPENDED;
      case READ_ONLY -> SpaceAccess.READ_ONLY;
      case DELETED -> throw new IllegalArgumentException("A deleted space has no access state");
    };
  }

  private SecureSpace activeSpace(Long organisationId, String what) {
    SecureSpace space = space(organisationId);
    if (space.getState() != SpaceState.ACTIVE) {
      throw ProvisioningException.refused(what, "l'espace sécurisé de "
          + space.getOrganisation().getName() + " est « " + space.getState().label() + " ».");
    }
    return space;
  }

  private SecureSpace space(Long organisationId) {
    return spaces.findByOrganisationId(organisationId)
        .orElseThrow(() -> new ProvisioningException("L'organisation n° " + organisationId
            + " n'a pas encore d'espace sécurisé sur le Serveur."));
  }

  private Organisation organisation(Long organisationId) {
    return organisations.findById(organisationId)
        .orElseThrow(() -> new ProvisioningException("Organisation inconnue (n° " + organisationId + ")."));
  }

  private Tool tool(String toolCode) {
    return tools.findByCode(toolCode)
        .orElseThrow(() -> new ProvisioningException("Outil inconnu du catalogue : « " + toolCode + " »."));
  }
}
