package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.integrity.TaskActor;
import be.uvcw.convention.organisation.SignatoryRole;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Enregistrer la décision du premier / second signataire » (asynchronous after the signature task
 * named by the input parameter signatureTask): the signature on the convention, or the refusal and
 * who refused, kept for « Annuler la demande ».
 */
@Component("recordSignatoryDecision")
class RecordSignatoryDecisionDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  RecordSignatoryDecisionDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = string(execution, "signatureTask");
    String prefix = SignatureTaskListener.prefix(taskKey);
    Long conventionId = longValue(execution, CONVENTION_ID);
    SignatoryRole role = onboarding.signatoryRole(conventionId, SignatureTaskListener.PRESIDENT_TASK.equals(taskKey));
    if (SignatoryDecision.SIGN.equals(string(execution, prefix + "Decision"))) {
      onboarding.recordSignature(conventionId, role,
          new Signature(date(execution.getVariable(prefix + "SignedOn")), trimmed(execution, prefix + "SignedPlace")));
    } else {
      execution.setVariable(SIGNATURE_REFUSAL, trimmed(execution, prefix + "RefusalReason"));
      execution.setVariable("signatureRefusedBy", "le " + role.label() + " (" + TaskActor.recorded(execution, taskKey) + ")");
    }
  }

  private static String trimmed(DelegateExecution execution, String name) {
    String value = string(execution, name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
