package be.uvcw.convention.adaptation;

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
    adaptations.deliverTo((Long) execution.getVariable("adaptationRequestId"), (Long) execution.getVariable("deliveryOrganisationId"),
        (String) execution.getVariable("adaptationPackage"));
  }
}
