package be.uvcw.convention.adaptation;

import be.uvcw.convention.platform.french.FrenchText;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous after the estimate task, whose complete listener refused bad input (the task stayed open). */
@Component("recordAdaptationEstimate")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordAdaptationEstimateDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  @Override
  public void execute(DelegateExecution execution) {
    var request = adaptations.estimate((Long) execution.getVariable("adaptationRequestId"), execution.getVariable("workloadDays"),
        execution.getVariable("benefit"), (String) execution.getVariable("beneficiaries"));
    // The decision table reads a number and a code.
    execution.setVariable("workloadDays", request.getWorkloadDays().doubleValue());
    execution.setVariable("benefit", request.getBenefit().name());
    execution.setVariable("estimateSummary", "Charge : " + FrenchText.number(request.getWorkloadDays())
        + " jour(s)-personne. Profit pour d'autres Utilisateurs : " + request.getBenefit().label() + "."
        + (request.getBeneficiaries().isEmpty() ? "" : " Organisations nommées : " + AdaptationService.names(request.getBeneficiaries()) + "."));
  }
}
