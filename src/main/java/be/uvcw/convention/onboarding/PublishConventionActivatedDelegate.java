package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Convention activée »: publishes ConventionActivatedEvent, where billing and the lifecycle take over. */
@Component("publishConventionActivated")
class PublishConventionActivatedDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  PublishConventionActivatedDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.publishActivated(CONVENTION_ID.required(execution));
  }
}
