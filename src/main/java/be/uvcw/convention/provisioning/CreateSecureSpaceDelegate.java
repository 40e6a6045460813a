package be.uvcw.convention.provisioning;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Creates (or finds) the organisation's secure space. Reads {@code organisationId}, writes
 * {@code spaceLocation}. Failures propagate: the engine retries the job, then raises an incident.
 */
@Component("createSecureSpace")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CreateSecureSpaceDelegate implements JavaDelegate {

  private final ProvisioningService provisioning;

  @Override
  public void execute(DelegateExecution execution) {
    SecureSpace space = provisioning.createSpace(ProvisioningVariables.ORGANISATION_ID.required(execution));
    ProvisioningVariables.SPACE_LOCATION.set(execution, space.getLocation());
  }
}
