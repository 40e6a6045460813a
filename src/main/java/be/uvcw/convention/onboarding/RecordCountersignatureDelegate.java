package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.Signature;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Enregistrer la contresignature » (asynchronous after « Contresigner la convention »): the Union's signature on the convention. */
@Component("recordCountersignature")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordCountersignatureDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.recordUnionSignature(CONVENTION_ID.required(execution), UNION_SIGNATORY_NAME.get(execution),
        new Signature(UNION_SIGNED_ON.get(execution), UNION_SIGNED_PLACE.get(execution)));
  }
}
