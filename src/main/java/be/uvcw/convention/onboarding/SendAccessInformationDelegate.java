package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Envoyer les informations d'accès »: the space, the Tools, and a personal activation link (never a password). */
@Component("sendAccessInformation")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SendAccessInformationDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    ACCESS_INFORMATION_SENT_TO.set(execution, String.join(", ", onboarding.sendAccessInformation(CONVENTION_ID.required(execution))));
  }
}
