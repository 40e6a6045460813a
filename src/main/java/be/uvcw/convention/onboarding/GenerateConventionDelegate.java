package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Générer la convention »: accepts the request and generates the .docx the parties sign. */
@Component("generateConvention")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GenerateConventionDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  @Override
  public void execute(DelegateExecution execution) {
    Long conventionId = CONVENTION_ID.required(execution);
    OnboardingService.GeneratedConvention generated = onboarding.acceptAndGenerate(conventionId);
    DOCUMENT_URL.set(execution, OnboardingService.documentUrl(conventionId));
    DOCUMENT_FILE_NAME.set(execution, generated.fileName());
    MONTHLY_FEE_TEXT.set(execution, generated.feeText());
  }
}
