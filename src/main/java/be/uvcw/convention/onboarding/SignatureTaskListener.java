package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.organisation.SignatoryRole;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * « Signer la convention (Président) » and « (Secrétaire) »: on complete, a signature is recorded on
 * the convention (dated today unless the signatory gave a date: a default set when the task was
 * created would be stale by the time they sign), or a refusal (reason required) is kept for
 * « Annuler la demande ». The variable prefix follows the task: president… / secretary….
 */
@Component("signatureTask")
class SignatureTaskListener implements TaskListener {

  static final String PRESIDENT_TASK = "SignerPresident";
  static final String SECRETARY_TASK = "SignerSecretaire";

  private final OnboardingService onboarding;
  private final Clock clock;

  SignatureTaskListener(OnboardingService onboarding, Clock clock) {
    this.onboarding = onboarding;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean first = PRESIDENT_TASK.equals(task.getTaskDefinitionKey());
    String prefix = first ? "president" : "secretary";
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    Long conventionId = longValue(task, CONVENTION_ID);
    onboarding.requireConventionOfTenant(conventionId, task.getTenantId());
    SignatoryRole role = onboarding.signatoryRole(conventionId, first);
    String decision = TaskValues.text(task, prefix + "Decision");
    if ("SIGN".equals(decision)) {
      LocalDate given = date(TaskValues.submitted(task, prefix + "SignedOn"));
      LocalDate date = given != null ? given : LocalDate.now(clock);
      onboarding.recordSignature(conventionId, role, new Signature(date, TaskValues.text(task, prefix + "SignedPlace")));
    } else if ("REFUSE".equals(decision)) {
      String reason = TaskValues.text(task, prefix + "RefusalReason");
      if (reason == null) {
        throw new IllegalArgumentException("Motif du refus : obligatoire pour refuser de signer (il est communiqué à l'Union).");
      }
      SIGNATURE_REFUSAL.set(task.getExecution(), reason);
      task.getExecution().setVariable("signatureRefusedBy", "le " + role.label() + " (" + task.getAssignee() + ")");
    } else {
      throw new IllegalArgumentException("Décision : choisissez « Je signe la convention » ou « Je refuse de signer ».");
    }
  }
}
