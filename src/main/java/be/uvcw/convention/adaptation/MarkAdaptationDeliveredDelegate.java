package be.uvcw.convention.adaptation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markAdaptationDelivered")
class MarkAdaptationDeliveredDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  MarkAdaptationDeliveredDelegate(AdaptationService adaptations) {
    this.adaptations = adaptations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    adaptations.markDelivered((Long) execution.getVariable("adaptationRequestId"), (String) execution.getVariable("adaptationPackage"),
        (String) execution.getVariable("deliveryNotes"));
  }
}
