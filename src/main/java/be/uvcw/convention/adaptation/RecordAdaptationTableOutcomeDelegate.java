package be.uvcw.convention.adaptation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordAdaptationTableOutcome")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordAdaptationTableOutcomeDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  @Override
  public void execute(DelegateExecution execution) {
    Object outcome = execution.getVariable("tableOutcome");
    if (outcome == null) {
      throw new IllegalStateException("La table de décision « adaptation-decision » n'a retourné aucune décision pour cette estimation.");
    }
    var request = adaptations.applyTableOutcome((Long) execution.getVariable("adaptationRequestId"),
        TableOutcome.valueOf(outcome.toString()), (String) execution.getVariable("tableReason"));
    DecisionVariables.write(execution, request);
  }
}
