package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ACCEPTED;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.DECISION_REASON;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.DUE_DATE;

import be.uvcw.convention.ConventionApplication;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The process variables that follow a decision: the gateways read "accepted", the maintenance task "dueDate". */
final class DecisionVariables {
  private DecisionVariables() {}

  static void write(DelegateExecution execution, AdaptationRequest request) {
    ACCEPTED.set(execution, request.getAccepted());
    DECISION_REASON.set(execution, request.getDecisionReason());
    if (request.getDueDate() != null) {
      // End of the working day, Belgian time.
      DUE_DATE.set(execution, Date.from(request.getDueDate().atTime(17, 0).atZone(ZoneId.of(ConventionApplication.ZONE)).toInstant()));
    }
  }
}
