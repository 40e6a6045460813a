package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.LAST_REOPEN_REASON;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.REOPEN_REASON;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.USER_RESPONSE;

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
    var request = adaptations.recordFeedback(ADAPTATION_REQUEST_ID.get(execution),
        USER_RESPONSE.get(execution), REOPEN_REASON.get(execution));
    LAST_REOPEN_REASON.set(execution, request.getLastReopenReason());
    DecisionVariables.write(execution, request);
  }
}
