package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.TABLE_OUTCOME;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.TABLE_REASON;

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
    Object outcome = TABLE_OUTCOME.get(execution);
    if (outcome == null) {
      throw new IllegalStateException("La table de décision « adaptation-decision » n'a retourné aucune décision pour cette estimation.");
    }
    var request = adaptations.applyTableOutcome(ADAPTATION_REQUEST_ID.get(execution),
        TableOutcome.valueOf(outcome.toString()), TABLE_REASON.get(execution));
    DecisionVariables.write(execution, request);
  }
}
