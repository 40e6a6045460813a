package be.uvcw.convention.adaptation;

import be.uvcw.convention.platform.BusinessKeys;
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
        (String) execution.getVariable("tenantId"), (String) execution.getVariable("toolCode"),
        (String) execution.getVariable("title"), (String) execution.getVariable("description"),
        (String) execution.getVariable("localNeed"), (String) execution.getVariable("requestedBy")),
        execution.getProcessInstanceId());
    execution.setVariable("adaptationRequestId", request.getId());
    execution.setProcessBusinessKey(BusinessKeys.of("adaptation-request", request.getId()));
    execution.setVariable("organisationId", request.getOrganisation().getId());
    execution.setVariable("organisationName", request.getOrganisation().getName());
    execution.setVariable("toolName", request.getTool().getName());
    String signatories = adaptations.signatoryUserIds(request.getOrganisation().getId());
    // The confirmation task's candidate users: the User's signatories (the requester if none is known).
    execution.setVariable("signatoryUserIds", signatories.isBlank() ? request.getRequestedBy() : signatories);
  }
}
