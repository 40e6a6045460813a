package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.Signature;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * « Signer la convention » (first and second signatory), on complete: only a decision that can be
 * recorded (French 400, the task stays open). The signature date is fixed now, today unless the
 * signatory gave one, so that « Enregistrer la décision … » (asynchronous, possibly retried later)
 * records the day they signed. The variable prefix follows the task: president… / secretary….
 */
@Component("signatureTask")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignatureTaskListener implements TaskListener {

  static final String PRESIDENT_TASK = "SignerPresident";
  static final String SECRETARY_TASK = "SignerSecretaire";

  private final OnboardingService onboarding;
  private final Clock clock;

  static String prefix(String taskKey) {
    return PRESIDENT_TASK.equals(taskKey) ? "president" : "secretary";
  }

  @Override
  public void notify(DelegateTask task) {
    String prefix = prefix(task.getTaskDefinitionKey());
    onboarding.requireConventionOfTenant(longValue(task, CONVENTION_ID), task.getTenantId());
    String decision = TaskValues.text(task, prefix + "Decision");
    SignatoryDecision.check(decision, TaskValues.text(task, prefix + "RefusalReason"));
    if (SignatoryDecision.SIGN.equals(decision)) {
      Signature signature = SignatoryDecision.signature(date(TaskValues.submitted(task, prefix + "SignedOn")),
          TaskValues.text(task, prefix + "SignedPlace"), LocalDate.now(clock));
      task.getExecution().setVariable(prefix + "SignedOn", signature.date().toString());
    }
  }
}
