package be.uvcw.convention.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine calls made by the application on its own authority, once a controller has checked the
 * caller's right (CurrentUser): the caller needs no engine-wide grant such as CREATE_INSTANCE.
 */
public final class EngineCalls {

  private EngineCalls() {}

  public static <T> T asApplication(IdentityService identityService, Supplier<T> call) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
