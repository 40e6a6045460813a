package be.uvcw.convention.provisioning.web;

import be.uvcw.convention.identity.AccessDeniedException;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationDirectory;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SpaceReport;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's secure space as its signatories and the Union see it: state, quota use, Tools. */
@RestController
@RequestMapping("/api/organisations/{organisationId}/space")
class SpaceController {

  private final OrganisationDirectory organisations;
  private final ProvisioningService provisioning;
  private final CurrentUser currentUser;
  private final IdentityService identityService;

  SpaceController(OrganisationDirectory organisations, ProvisioningService provisioning, CurrentUser currentUser,
      IdentityService identityService) {
    this.organisations = organisations;
    this.provisioning = provisioning;
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  @GetMapping
  SpaceReport space(@PathVariable Long organisationId) {
    Organisation organisation = organisations.findById(organisationId)
        .orElseThrow(() -> new NotFound("Organisation inconnue (n° " + organisationId + ")."));
    currentUser.requireAccessToTenant(organisation.getTenantId());
    return provisioning.spaceOf(organisationId)
        .orElseThrow(() -> new NotFound("Aucun espace sécurisé n'a encore été créé pour " + organisation.getName() + "."));
  }

  // Local handlers: this controller answers in French whatever global advice is (or is not) installed.
  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, String>> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, String>> accessDenied(AccessDeniedException e) {
    var authentication = identityService.getCurrentAuthentication();
    HttpStatus status = authentication == null || authentication.getUserId() == null
        ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
    return ResponseEntity.status(status).body(Map.of("message", e.getMessage()));
  }

  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
