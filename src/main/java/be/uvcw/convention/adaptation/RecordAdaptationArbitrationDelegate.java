package be.uvcw.convention.adaptation;

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
    var request = adaptations.arbitrate((Long) execution.getVariable("adaptationRequestId"),
        (String) execution.getVariable("managementDecision"), (String) execution.getVariable("managementReason"), decidedBy);
    DecisionVariables.write(execution, request);
  }
}
