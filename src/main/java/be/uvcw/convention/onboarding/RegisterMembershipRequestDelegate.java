package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Enregistrer la demande »: records the request typed in the start form, the correction form or
 * sent to the API. An invalid request (or one for an organisation with an open convention) is a
 * BPMN error: staff correct it in « Corriger la demande », with every field kept.
 */
@Component("registerMembershipRequest")
class RegisterMembershipRequestDelegate implements JavaDelegate {

  private final MembershipRequestService requests;

  RegisterMembershipRequestDelegate(MembershipRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MembershipRequestService.RecordedRequest recorded;
    try {
      recorded = requests.record(request(execution), execution.getProcessInstanceId());
    } catch (InvalidMembershipRequestException e) {
      String errors = e.fieldErrors().values().stream().map(m -> "- " + m).collect(Collectors.joining("\n"));
      execution.setVariable(REQUEST_ERRORS, errors);
      throw new BpmnError(BPMN_ERROR_INVALID_REQUEST, e.getMessage());
    } catch (OpenConventionExistsException e) {
      execution.setVariable(REQUEST_ERRORS, "- " + e.getMessage());
      throw new BpmnError(BPMN_ERROR_INVALID_REQUEST, e.getMessage());
    }
    execution.removeVariable(REQUEST_ERRORS);
    execution.setVariable(CONVENTION_ID, recorded.conventionId());
    execution.setVariable(ORGANISATION_ID, recorded.organisationId());
    execution.setVariable(TENANT_ID, recorded.tenantId());
    execution.setVariable(ORGANISATION_NAME, recorded.organisationName());
    execution.setVariable(REQUESTER_EMAIL, recorded.requesterEmail());
    execution.setVariable(PRESIDENT_USER_ID, recorded.presidentUserId());
    execution.setVariable(SECRETARY_USER_ID, recorded.secretaryUserId());
    execution.setVariable("firstSignatoryRole", recorded.firstSignatoryRole());
    execution.setVariable("secondSignatoryRole", recorded.secondSignatoryRole());
    execution.setVariable(TOOL_CODES, jsonList(recorded.toolCodes()));
  }
}
