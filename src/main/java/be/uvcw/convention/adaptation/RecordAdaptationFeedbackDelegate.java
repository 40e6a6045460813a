package be.uvcw.convention.adaptation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous after the User's task, whose complete listener refused a reopening without a reason. */
@Component("recordAdaptationFeedback")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordAdaptationFeedbackDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  @Override
  public void execute(DelegateExecution execution) {
    var request = adaptations.recordFeedback((Long) execution.getVariable("adaptationRequestId"),
        (String) execution.getVariable("userResponse"), (String) execution.getVariable("reopenReason"));
    execution.setVariable("lastReopenReason", request.getLastReopenReason());
    DecisionVariables.write(execution, request);
  }
}
