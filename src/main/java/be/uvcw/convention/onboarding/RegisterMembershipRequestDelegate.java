package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Organisation;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisterMembershipRequestDelegate implements JavaDelegate {

  private final MembershipRequestService requests;

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
      REQUEST_ERRORS.set(execution, errors);
      requests.keepVisibleToStaff(execution.getTenantId(), ORGANISATION_NAME.get(execution));
      throw new BpmnError(BPMN_ERROR_INVALID_REQUEST, e.getMessage());
    } catch (OpenConventionExistsException e) {
      REQUEST_ERRORS.set(execution, "- " + e.getMessage());
      requests.keepVisibleToStaff(execution.getTenantId(), ORGANISATION_NAME.get(execution));
      throw new BpmnError(BPMN_ERROR_INVALID_REQUEST, e.getMessage());
    }
    REQUEST_ERRORS.remove(execution);
    // Recorded: from now on the request has its id, and the instance its key membership-request-<id>.
    execution.setProcessBusinessKey(OnboardingProcess.businessKey(recorded.conventionId()));
    CONVENTION_ID.set(execution, recorded.conventionId());
    ORGANISATION_ID.set(execution, recorded.organisationId());
    TENANT_ID.set(execution, recorded.tenantId());
    ORGANISATION_NAME.set(execution, recorded.organisationName());
    REQUESTER_EMAIL.set(execution, recorded.requesterEmail());
    PRESIDENT_USER_ID.set(execution, recorded.presidentUserId());
    SECRETARY_USER_ID.set(execution, recorded.secretaryUserId());
    FIRST_SIGNATORY_ROLE.set(execution, recorded.firstSignatoryRole());
    SECOND_SIGNATORY_ROLE.set(execution, recorded.secondSignatoryRole());
    TOOL_CODES.set(execution, recorded.toolCodes());
  }
}
