package be.uvcw.convention.billing;

import be.uvcw.convention.error.BadInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * « Vérifier et approuver la facturation » and « Approuver la participation indexée », on complete:
 * APPROVE, or REJECT with a reason of at least 5 characters; otherwise a French refusal (400) and
 * the task stays open. Nothing is recorded here: the asynchronous step after the task does it.
 */
@Component("approvalDecision")
class ApprovalDecision implements TaskListener {

  static final String APPROVE = "APPROVE";
  static final String REJECT = "REJECT";

  @Override
  public void notify(DelegateTask task) {
    check(text(task.getVariable("decision")), text(task.getVariable("rejectionReason")));
  }

  /** Throws BadInput (400) with the French reason when the decision cannot be recorded. */
  static void check(String decision, String rejectionReason) {
    if (REJECT.equals(decision)) {
      if (rejectionReason == null || rejectionReason.strip().length() < 5) {
        throw new BadInput("Motif du rejet : obligatoire (au moins 5 caractères) pour rejeter.");
      }
    } else if (!APPROVE.equals(decision)) {
      throw new BadInput("Décision : choisissez d'approuver ou de rejeter.");
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
