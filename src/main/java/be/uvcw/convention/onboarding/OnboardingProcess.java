package be.uvcw.convention.onboarding;

import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code onboarding}: the only code that starts it (a request from the API;
 * Tasklist's start form starts it too). Business key {@code membership-request-<id>}, given by
 * « Enregistrer la demande » once the request is recorded: before, the request has no id.
 */
@Component
public class OnboardingProcess {

  public static final String KEY = "onboarding";

  private final RuntimeService runtime;

  OnboardingProcess(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  public static String businessKey(long conventionId) {
    return BusinessKeys.of("membership-request", conventionId);
  }

  /** Runs up to the first wait state in the caller's transaction (the request is recorded or refused there). */
  ProcessInstance start(Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(KEY, variables);
  }
}
