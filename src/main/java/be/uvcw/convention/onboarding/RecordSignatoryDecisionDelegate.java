package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.integrity.TaskActor;
import be.uvcw.convention.organisation.SignatoryRole;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Enregistrer la décision du premier / second signataire » (asynchronous after the signature task
 * named by the input parameter signatureTask): the signature on the convention, or the refusal and
 * who refused, kept for « Annuler la demande ».
 */
@Component("recordSignatoryDecision")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordSignatoryDecisionDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = SIGNATURE_TASK.get(execution);
    boolean first = SignatureTaskListener.PRESIDENT_TASK.equals(taskKey);
    Long conventionId = CONVENTION_ID.required(execution);
    SignatoryRole role = onboarding.signatoryRole(conventionId, first);
    if (SignatoryDecision.SIGN.equals((first ? PRESIDENT_DECISION : SECRETARY_DECISION).get(execution))) {
      onboarding.recordSignature(conventionId, role, new Signature((first ? PRESIDENT_SIGNED_ON : SECRETARY_SIGNED_ON).get(execution),
          trimmed((first ? PRESIDENT_SIGNED_PLACE : SECRETARY_SIGNED_PLACE).get(execution))));
    } else {
      SIGNATURE_REFUSAL.set(execution, trimmed((first ? PRESIDENT_REFUSAL_REASON : SECRETARY_REFUSAL_REASON).get(execution)));
      SIGNATURE_REFUSED_BY.set(execution, "le " + role.label() + " (" + TaskActor.recorded(execution, taskKey) + ")");
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
