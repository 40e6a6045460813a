package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Clôturer la demande expirée »: not signed by everyone within 60 days. */
@Component("expireRequest")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExpireRequestDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.expire(CONVENTION_ID.required(execution));
  }
}
