package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.MANAGEMENT_DECISION;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.MANAGEMENT_REASON;

import be.uvcw.convention.integrity.TaskActor;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous after « Trancher la demande »: its complete listener checked the answer and noted who decided. */
@Component("recordAdaptationArbitration")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordAdaptationArbitrationDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  @Override
  public void execute(DelegateExecution execution) {
    String decidedBy = TaskActor.recorded(execution, "TrancherDemande");
    var request = adaptations.arbitrate(ADAPTATION_REQUEST_ID.get(execution),
        MANAGEMENT_DECISION.get(execution), MANAGEMENT_REASON.get(execution), decidedBy);
    DecisionVariables.write(execution, request);
  }
}
