package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Activer la convention »: active, with its dates computed from the last signature. */
@Component("activateConvention")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivateConventionDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    var convention = onboarding.activate(CONVENTION_ID.required(execution));
    SIGNATURE_DATE.set(execution, convention.getSignatureDate());
    START_DATE.set(execution, convention.getStartDate());
    LIMIT_END.set(execution, convention.getLimitEnd());
  }
}
