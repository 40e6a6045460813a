package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Générer la convention »: accepts the request and generates the .docx the parties sign. */
@Component("generateConvention")
class GenerateConventionDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  GenerateConventionDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long conventionId = longValue(execution, CONVENTION_ID);
    OnboardingService.GeneratedConvention generated = onboarding.acceptAndGenerate(conventionId);
    execution.setVariable("documentUrl", OnboardingService.documentUrl(conventionId));
    execution.setVariable("documentFileName", generated.fileName());
    execution.setVariable("monthlyFeeText", generated.feeText());
  }
}
