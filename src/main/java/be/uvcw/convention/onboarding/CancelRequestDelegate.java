package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Annuler la demande »: a signatory refused to sign; everyone is told why. */
@Component("cancelRequest")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CancelRequestDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.cancel(CONVENTION_ID.required(execution), SIGNATURE_REFUSED_BY.get(execution), SIGNATURE_REFUSAL.get(execution));
  }
}
