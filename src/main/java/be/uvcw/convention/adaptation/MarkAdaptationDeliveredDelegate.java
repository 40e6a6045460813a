package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_PACKAGE;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.DELIVERY_NOTES;

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
    adaptations.markDelivered(ADAPTATION_REQUEST_ID.get(execution), ADAPTATION_PACKAGE.get(execution),
        DELIVERY_NOTES.get(execution));
  }
}
