package be.uvcw.convention.adaptation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markAdaptationDelivered")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MarkAdaptationDeliveredDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  @Override
  public void execute(DelegateExecution execution) {
    adaptations.markDelivered((Long) execution.getVariable("adaptationRequestId"), (String) execution.getVariable("adaptationPackage"),
        (String) execution.getVariable("deliveryNotes"));
  }
}
