package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_PACKAGE;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.DELIVERY_ORGANISATION_ID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One space per job (asyncBefore, retries): a Server failure in one space is an incident there only. */
@Component("deliverAdaptation")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeliverAdaptationDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  @Override
  public void execute(DelegateExecution execution) {
    adaptations.deliverTo(ADAPTATION_REQUEST_ID.get(execution), DELIVERY_ORGANISATION_ID.get(execution),
        ADAPTATION_PACKAGE.get(execution));
  }
}
