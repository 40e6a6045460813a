package be.uvcw.convention.lifecycle;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application rather than as the person on the request: the
 * controller has already checked that person's rights with CurrentUser, and engine authorizations
 * (processes started for a tenant, messages correlated) must not depend on ad-hoc grants.
 */
@Component
public class EngineAsApplication {

  private final IdentityService identityService;

  public EngineAsApplication(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
