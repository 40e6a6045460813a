package be.uvcw.convention.help.web;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.help.UserGuides;
import be.uvcw.convention.help.UserGuides.InstalledTool;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.organisation.OrganisationDirectory;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The Tools installed in a User's space, with their user guides (art. 3.4): for its signatories and the Union. */
@RestController
@RequiredArgsConstructor
public class OrganisationToolsController {

  private final UserGuides guides;
  private final OrganisationDirectory organisations;
  private final CurrentUser currentUser;

  @GetMapping("/api/organisations/{organisationId}/tools")
  public List<InstalledTool> tools(@PathVariable Long organisationId) {
    var organisation = organisations.findById(organisationId)
        .orElseThrow(() -> new NotFound("Organisation " + organisationId + " introuvable."));
    currentUser.requireAccessToTenant(organisation.getTenantId());
    return guides.installedTools(organisationId);
  }
}
