package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.BENEFICIARIES;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.BENEFIT;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ESTIMATE_SUMMARY;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.WORKLOAD_DAYS;

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
    var request = adaptations.estimate(ADAPTATION_REQUEST_ID.get(execution), WORKLOAD_DAYS.raw(execution),
        BENEFIT.raw(execution), BENEFICIARIES.get(execution));
    // The decision table reads a number and a code.
    WORKLOAD_DAYS.set(execution, request.getWorkloadDays().doubleValue());
    BENEFIT.set(execution, request.getBenefit().name());
    ESTIMATE_SUMMARY.set(execution, "Charge : " + FrenchText.number(request.getWorkloadDays())
        + " jour(s)-personne. Profit pour d'autres Utilisateurs : " + request.getBenefit().label() + "."
        + (request.getBeneficiaries().isEmpty() ? "" : " Organisations nommées : " + AdaptationService.names(request.getBeneficiaries()) + "."));
  }
}
