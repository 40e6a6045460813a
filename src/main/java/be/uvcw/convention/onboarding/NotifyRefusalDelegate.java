package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Notifier le refus »: the convention is refused and the requester told why. */
@Component("notifyRefusal")
class NotifyRefusalDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  NotifyRefusalDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.refuse(CONVENTION_ID.required(execution), REFUSAL_REASON.get(execution));
  }
}
