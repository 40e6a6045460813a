package be.uvcw.convention.adaptation;

import be.uvcw.convention.ConventionApplication;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The process variables that follow a decision: the gateways read "accepted", the maintenance task "dueDate". */
final class DecisionVariables {
  private DecisionVariables() {}

  static void write(DelegateExecution execution, AdaptationRequest request) {
    execution.setVariable("accepted", request.getAccepted());
    execution.setVariable("decisionReason", request.getDecisionReason());
    if (request.getDueDate() != null) {
      // End of the working day, Belgian time.
      execution.setVariable("dueDate", Date.from(request.getDueDate().atTime(17, 0).atZone(ZoneId.of(ConventionApplication.ZONE)).toInstant()));
    }
  }
}
