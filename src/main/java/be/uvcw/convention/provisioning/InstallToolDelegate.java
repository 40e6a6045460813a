package be.uvcw.convention.provisioning;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Installs one Tool, the catalog's current version, in the organisation's space. Reads
 * {@code organisationId} and {@code toolCode} (the element variable of a multi-instance).
 * Failures propagate: the engine retries the job, then raises an incident.
 */
@Component("installTool")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InstallToolDelegate implements JavaDelegate {

  private final ProvisioningService provisioning;

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.installTool(ProvisioningVariables.ORGANISATION_ID.required(execution), ProvisioningVariables.TOOL_CODE.required(execution));
  }
}
