package be.uvcw.convention.identity;

import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** {@link EngineCalls#asApplication} as an injectable bean, for services that make several such calls. */
@Component
@RequiredArgsConstructor
public class EngineAsApplication {

  private final IdentityService identityService;

  public <T> T call(Supplier<T> work) {
    return EngineCalls.asApplication(identityService, work);
  }
}
