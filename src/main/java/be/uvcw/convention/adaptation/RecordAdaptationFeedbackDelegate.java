package be.uvcw.convention.adaptation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous after the User's task, whose complete listener refused a reopening without a reason. */
@Component("recordAdaptationFeedback")
class RecordAdaptationFeedbackDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  RecordAdaptationFeedbackDelegate(AdaptationService adaptations) {
    this.adaptations = adaptations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var request = adaptations.recordFeedback((Long) execution.getVariable("adaptationRequestId"),
        (String) execution.getVariable("userResponse"), (String) execution.getVariable("reopenReason"));
    execution.setVariable("lastReopenReason", request.getLastReopenReason());
    DecisionVariables.write(execution, request);
  }
}
