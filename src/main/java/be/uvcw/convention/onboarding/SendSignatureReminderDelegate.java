package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Envoyer un rappel »: every 14 days, to whoever has not signed yet (with a fresh link while they have no password). */
@Component("sendSignatureReminder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SendSignatureReminderDelegate implements JavaDelegate {

  private final OnboardingService onboarding;
  private final ManagementService management;

  @Override
  public void execute(DelegateExecution execution) {
    LAST_REMINDER_SENT_TO.set(execution, String.join(", ", onboarding.remind(CONVENTION_ID.required(execution),
        SignatureDeadline.of(management, execution.getProcessInstanceId()))));
  }
}
