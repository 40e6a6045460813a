package be.uvcw.convention.provisioning;

import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SpaceState;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the lifecycle and misuse cases ask of an organisation's secure space, through ProvisioningService (which
 * keeps the Server and the rows in step, idempotently). An organisation without a space, or whose
 * space is already deleted, has nothing left to change: the lifecycle goes on.
 */
@Service
@RequiredArgsConstructor
public class ServerAccess {

  private final ProvisioningService provisioning;

  /** Art. 6.11: no access at all; the convention and its billing go on. */
  @Transactional
  public void suspend(Long organisationId) {
    if (live(organisationId).isPresent()) {
      provisioning.suspend(organisationId);
    }
  }

  /** The suspension is lifted: access as before. */
  @Transactional
  public void restore(Long organisationId) {
    if (live(organisationId).isPresent()) {
      provisioning.restore(organisationId);
    }
  }

  /** After the end date: the data stays readable for the retention period. */
  @Transactional
  public void freezeReadOnly(Long organisationId) {
    if (live(organisationId).isPresent()) {
      provisioning.makeReadOnly(organisationId);
    }
  }

  /** After the retention period: the space and its Tools are gone. */
  @Transactional
  public void delete(Long organisationId) {
    provisioning.delete(organisationId);
  }

  public Optional<SecureSpace> space(Long organisationId) {
    return provisioning.findSpace(organisationId);
  }

  private Optional<SecureSpace> live(Long organisationId) {
    return provisioning.findSpace(organisationId).filter(space -> space.getState() != SpaceState.DELETED);
  }
}
