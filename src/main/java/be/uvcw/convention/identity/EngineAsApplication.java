package be.uvcw.convention.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** {@link EngineCalls#asApplication} as an injectable bean, for services that make several such calls. */
@Component
public class EngineAsApplication {

  private final IdentityService identityService;

  public EngineAsApplication(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    return EngineCalls.asApplication(identityService, work);
  }
}
