package be.uvcw.convention.tooling.update;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.tooling.install.SpaceToolInstaller;
import be.uvcw.convention.error.Forbidden;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.provisioning.InstallationState;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.SpaceState;
import be.uvcw.convention.provisioning.ToolInstallationRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing a Tool version and rolling it out, space by space, with a report of who is on which version. */
@Service
@RequiredArgsConstructor
public class ToolRolloutService {

  private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,3}([-.][A-Za-z0-9]+)?");

  private final ToolRepository tools;
  private final ToolReleaseRepository releases;
  private final ToolInstallationRepository installations;
  private final SecureSpaceRepository spaces;
  private final SpaceToolInstaller installer;
  private final IdentityService identityService;
  private final Clock clock;

  /** The version becomes the catalog's current one. Only the maintenance team publishes. Idempotent per process instance. */
  @Transactional
  public ToolRelease publish(String toolCode, String version, String releaseNotes, String publishedBy, String processInstanceId) {
    var existing = releases.findByProcessInstanceId(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (publishedBy != null && identityService.createGroupQuery().groupMember(publishedBy).groupIdIn(Groups.MAINTENANCE, Groups.ADMIN).count() == 0) {
      throw new Forbidden("Seuls les membres de l'Équipe de maintenance, signataires de la Charte, publient une version d'Outil.");
    }
    Tool tool = tools.findByCode(String.valueOf(toolCode)).orElseThrow(() -> new BadInput("Outil inconnu : « " + toolCode + " »."));
    if (version == null || !VERSION.matcher(version.trim()).matches() || version.trim().length() > 30) {
      throw new BadInput("Numéro de version invalide : « " + version + " » (par exemple 6.1.3).");
    }
    if (releaseNotes == null || releaseNotes.isBlank() || releaseNotes.length() > 4000) {
      throw new BadInput("Indiquez les notes de version (4000 caractères au plus).");
    }
    String newVersion = version.trim();
    if (newVersion.equals(tool.getCurrentVersion())) {
      throw new BadInput("« " + tool.getName() + " » est déjà en version " + newVersion + ".");
    }
    String previous = tool.getCurrentVersion();
    tool.publishVersion(newVersion);
    return releases.saveAndFlush(new ToolRelease(tool, newVersion, previous, releaseNotes.trim(), publishedBy, clock.instant(), processInstanceId));
  }

  /**
   * Active spaces where the Tool is installed and not yet at the release's version (evaluated when the
   * rollout starts). Suspended or read-only spaces are left out (the Server refuses changes there) and
   * show in the report as not up to date.
   */
  @Transactional(readOnly = true)
  public List<Long> spacesToUpdate(Long releaseId) {
    ToolRelease release = get(releaseId);
    return installations.findByToolAndState(release.getTool(), InstallationState.INSTALLED).stream()
        .filter(i -> i.getSpace().getState() == SpaceState.ACTIVE)
        .filter(i -> !release.getVersion().equals(i.getVersion()))
        .map(i -> i.getSpace().getId()).sorted().toList();
  }

  /** Updates one space; nothing to do when it is already there or the Tool was removed meanwhile. */
  @Transactional
  public void updateSpace(Long releaseId, Long spaceId) {
    ToolRelease release = get(releaseId);
    SecureSpace space = spaces.findById(spaceId).orElseThrow(() -> new NotFound("Espace " + spaceId + " introuvable."));
    var installation = installations.findBySpaceAndTool(space, release.getTool());
    if (installation.isEmpty() || installation.get().getState() != InstallationState.INSTALLED
        || release.getVersion().equals(installation.get().getVersion())) {
      return;
    }
    installer.install(space, release.getTool(), release.getVersion());
  }

  public record SpaceVersion(Long spaceId, String organisationName, String tenantId, String version, boolean upToDate, String spaceState) {}

  /** Every space that has the Tool, with its version. */
  @Transactional(readOnly = true)
  public List<SpaceVersion> report(Long releaseId) {
    ToolRelease release = get(releaseId);
    return installations.findByToolAndState(release.getTool(), InstallationState.INSTALLED).stream()
        .filter(i -> i.getSpace().getState() != SpaceState.DELETED)
        .map(i -> new SpaceVersion(i.getSpace().getId(), i.getSpace().getOrganisation().getName(), i.getSpace().getOrganisation().getTenantId(),
            i.getVersion(), release.getVersion().equals(i.getVersion()), i.getSpace().getState().name()))
        .sorted(Comparator.comparing(SpaceVersion::organisationName)).toList();
  }

  /** The report as French text, one line per space. */
  @Transactional(readOnly = true)
  public String reportText(Long releaseId) {
    ToolRelease release = get(releaseId);
    List<SpaceVersion> lines = report(releaseId);
    long late = lines.stream().filter(l -> !l.upToDate()).count();
    StringBuilder text = new StringBuilder();
    text.append(release.getTool().getName()).append(" : version ").append(release.getVersion())
        .append(" (précédente ").append(release.getPreviousVersion()).append(").\n")
        .append(lines.size() - late).append(" espace(s) à jour sur ").append(lines.size()).append(".\n\n");
    for (SpaceVersion line : lines) {
      text.append("- ").append(line.organisationName()).append(" (").append(line.tenantId()).append(") : ").append(line.version())
          .append(line.upToDate() ? " — à jour"
              : "ACTIVE".equals(line.spaceState()) ? " — PAS À JOUR (en cours ou en incident : voir Cockpit)"
              : " — PAS À JOUR (espace " + SpaceState.valueOf(line.spaceState()).label().toLowerCase() + ", mis à jour à sa réouverture)").append('\n');
    }
    return text.toString();
  }

  @Transactional(readOnly = true)
  public ToolRelease get(Long releaseId) {
    return releases.findById(releaseId).orElseThrow(() -> new NotFound("Version d'Outil " + releaseId + " introuvable."));
  }

  @Transactional(readOnly = true)
  public ToolRelease byProcessInstance(String processInstanceId) {
    return releases.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new NotFound("Aucune version pour ce déploiement."));
  }
}
