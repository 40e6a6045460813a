package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Convention activée »: the message that starts the convention's lifecycle (convention-lifecycle). */
@Component("sendConventionActivated")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SendConventionActivatedDelegate implements JavaDelegate {

  private final ConventionLifecycleProcess lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.start(CONVENTION_ID.required(execution));
  }
}
