package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Notifier le refus »: the convention is refused and the requester told why. */
@Component("notifyRefusal")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotifyRefusalDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.refuse(CONVENTION_ID.required(execution), REFUSAL_REASON.get(execution));
  }
}
