package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.platform.process.ProcessVariable;
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

  /** The fields of one signatory's form. */
  record SignatoryFields(ProcessVariable<String> decision, ProcessVariable<String> refusalReason,
      ProcessVariable<LocalDate> signedOn, ProcessVariable<String> signedPlace) {}

  static SignatoryFields fields(String taskKey) {
    return PRESIDENT_TASK.equals(taskKey)
        ? new SignatoryFields(PRESIDENT_DECISION, PRESIDENT_REFUSAL_REASON, PRESIDENT_SIGNED_ON, PRESIDENT_SIGNED_PLACE)
        : new SignatoryFields(SECRETARY_DECISION, SECRETARY_REFUSAL_REASON, SECRETARY_SIGNED_ON, SECRETARY_SIGNED_PLACE);
  }

  @Override
  public void notify(DelegateTask task) {
    SignatoryFields fields = fields(task.getTaskDefinitionKey());
    onboarding.requireConventionOfTenant(CONVENTION_ID.required(task), task.getTenantId());
    String decision = trimmed(fields.decision().submitted(task));
    SignatoryDecision.check(decision, trimmed(fields.refusalReason().submitted(task)));
    if (SignatoryDecision.SIGN.equals(decision)) {
      Signature signature = SignatoryDecision.signature(fields.signedOn().submitted(task),
          trimmed(fields.signedPlace().submitted(task)), LocalDate.now(clock));
      fields.signedOn().set(task.getExecution(), signature.date());
    }
  }
}
