package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.DESCRIPTION;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.LOCAL_NEED;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ORGANISATION_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ORGANISATION_NAME;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.REQUESTED_BY;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.SIGNATORY_USER_IDS;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.TENANT_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.TITLE;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.TOOL_CODE;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.TOOL_NAME;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Synchronous: a refused submission rolls back the start, and the person sees why. */
@Component("registerAdaptationRequest")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisterAdaptationRequestDelegate implements JavaDelegate {
  private final AdaptationService adaptations;

  @Override
  public void execute(DelegateExecution execution) {
    var request = adaptations.register(new AdaptationService.Submission(
        TENANT_ID.get(execution), TOOL_CODE.get(execution),
        TITLE.get(execution), DESCRIPTION.get(execution),
        LOCAL_NEED.get(execution), REQUESTED_BY.get(execution)),
        execution.getProcessInstanceId());
    ADAPTATION_REQUEST_ID.set(execution, request.getId());
    execution.setProcessBusinessKey(AdaptationRequestProcess.businessKey(request.getId()));
    ORGANISATION_ID.set(execution, request.getOrganisation().getId());
    ORGANISATION_NAME.set(execution, request.getOrganisation().getName());
    TOOL_NAME.set(execution, request.getTool().getName());
    String signatories = adaptations.signatoryUserIds(request.getOrganisation().getId());
    // The confirmation task's candidate users: the User's signatories (the requester if none is known).
    SIGNATORY_USER_IDS.set(execution, signatories.isBlank() ? request.getRequestedBy() : signatories);
  }
}
