package be.uvcw.convention.provisioning.web;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationDirectory;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SpaceReport;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's secure space as its signatories and the Union see it: state, quota use, Tools. */
@RestController
@RequestMapping("/api/organisations/{organisationId}/space")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SpaceController {

  private final OrganisationDirectory organisations;
  private final ProvisioningService provisioning;
  private final CurrentUser currentUser;

  @GetMapping
  SpaceReport space(@PathVariable Long organisationId) {
    Organisation organisation = organisations.findById(organisationId)
        .orElseThrow(() -> new NotFound("Organisation inconnue (n° " + organisationId + ")."));
    currentUser.requireAccessToTenant(organisation.getTenantId());
    return provisioning.spaceOf(organisationId)
        .orElseThrow(() -> new NotFound("Aucun espace sécurisé n'a encore été créé pour " + organisation.getName() + "."));
  }
}
