package be.uvcw.convention.onboarding;

import be.uvcw.convention.error.BadInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** « Vérifier la demande »: a decision is required, and a reason when the request is refused. */
@Component("reviewRequest")
class ReviewRequestListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String decision = OnboardingVariables.trimmed(OnboardingVariables.REVIEW_DECISION.submitted(task));
    if (!"ACCEPT".equals(decision) && !"REFUSE".equals(decision)) {
      throw new BadInput("Décision : choisissez « Accepter la demande » ou « Refuser la demande ».");
    }
    if ("REFUSE".equals(decision) && OnboardingVariables.trimmed(OnboardingVariables.REFUSAL_REASON.submitted(task)) == null) {
      throw new BadInput("Motif du refus : obligatoire quand la demande est refusée (il est envoyé au demandeur).");
    }
  }
}
