package be.uvcw.convention.help;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.tooling.install.InstalledAdaptationRepository;
import be.uvcw.convention.tooling.install.InstalledAdaptation;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.provisioning.InstallationState;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.ToolInstallationRepository;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user guide of each Tool installed in a User's space (art. 3.4). */
@Service
@RequiredArgsConstructor
public class UserGuides {

  private final OrganisationRepository organisations;
  private final SecureSpaceRepository spaces;
  private final ToolInstallationRepository installations;
  private final InstalledAdaptationRepository adaptations;

  public record InstalledTool(String code, String name, String description, String version, String userGuideUrl, List<String> adaptations) {}

  @Transactional(readOnly = true)
  public List<InstalledTool> installedTools(Long organisationId) {
    Organisation organisation = organisations.findById(organisationId)
        .orElseThrow(() -> new NotFound("Organisation " + organisationId + " introuvable."));
    return spaces.findByOrganisation(organisation).map(space -> installations.findBySpace(space).stream()
        .filter(i -> i.getState() == InstallationState.INSTALLED)
        .map(i -> new InstalledTool(i.getTool().getCode(), i.getTool().getName(), i.getTool().getDescription(), i.getVersion(),
            i.getTool().getUserGuideUrl(), adaptations.findBySpaceIdAndToolIdOrderByIdAsc(space.getId(), i.getTool().getId()).stream()
                .map(InstalledAdaptation::getReference).toList()))
        .sorted(Comparator.comparing(InstalledTool::name)).toList()).orElse(List.of());
  }
}
