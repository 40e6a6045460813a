package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Organisation;
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

  /**
   * The instance's tenant is fixed when it starts (from the enterprise number typed then): a
   * correction may not move the request to another organisation's tenant.
   */
  private static void requireSameTenant(DelegateExecution execution, MembershipRequest request) {
    String tenant = execution.getTenantId();
    if (tenant != null && EnterpriseNumber.isValid(request.enterpriseNumber())
        && !tenant.equals(Organisation.tenantIdFor(EnterpriseNumber.parse(request.enterpriseNumber())))) {
      throw InvalidMembershipRequestException.of("enterpriseNumber", "Numéro d'entreprise : cette demande a été ouverte pour "
          + "l'organisation « " + tenant + " » ; son numéro ne peut plus changer. Abandonnez-la et introduisez une nouvelle demande.");
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    MembershipRequestService.RecordedRequest recorded;
    try {
      MembershipRequest request = request(execution);
      requireSameTenant(execution, request);
      recorded = requests.record(request, execution.getProcessInstanceId());
    } catch (InvalidMembershipRequestException e) {
      String errors = e.fieldErrors().values().stream().map(m -> "- " + m).collect(Collectors.joining("\n"));
      execution.setVariable(REQUEST_ERRORS, errors);
      requests.keepVisibleToStaff(execution.getTenantId(), (String) execution.getVariable(ORGANISATION_NAME));
      throw new BpmnError(BPMN_ERROR_INVALID_REQUEST, e.getMessage());
    } catch (OpenConventionExistsException e) {
      execution.setVariable(REQUEST_ERRORS, "- " + e.getMessage());
      requests.keepVisibleToStaff(execution.getTenantId(), (String) execution.getVariable(ORGANISATION_NAME));
      throw new BpmnError(BPMN_ERROR_INVALID_REQUEST, e.getMessage());
    }
    execution.removeVariable(REQUEST_ERRORS);
    // Recorded: from now on the request has its id, and the instance its key membership-request-<id>.
    execution.setProcessBusinessKey(OnboardingProcess.businessKey(recorded.conventionId()));
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
