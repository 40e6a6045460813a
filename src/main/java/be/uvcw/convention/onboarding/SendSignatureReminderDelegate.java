package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Envoyer un rappel »: every 14 days, to whoever has not signed yet. */
@Component("sendSignatureReminder")
class SendSignatureReminderDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  SendSignatureReminderDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("lastReminderSentTo", String.join(", ", onboarding.remind(longValue(execution, CONVENTION_ID))));
  }
}
