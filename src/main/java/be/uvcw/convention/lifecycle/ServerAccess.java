package be.uvcw.convention.lifecycle;

import be.uvcw.convention.provisioning.ProvisioningPort;
import be.uvcw.convention.provisioning.ProvisioningPort.SpaceAccess;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.SpaceState;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the lifecycle asks of an organisation's secure space: suspend, restore, freeze read-only,
 * delete. Each call goes to the Server through the provisioning port, then records the space's new
 * state; both are idempotent, so a retried job changes nothing twice.
 */
@Service
public class ServerAccess {

  private final ProvisioningPort server;
  private final SecureSpaceRepository spaces;
  private final Clock clock;

  public ServerAccess(ProvisioningPort server, SecureSpaceRepository spaces, Clock clock) {
    this.server = server;
    this.spaces = spaces;
    this.clock = clock;
  }

  /** Art. 6.11: no access at all; the convention and its billing go on. */
  @Transactional
  public void suspend(Long organisationId) {
    space(organisationId).ifPresent(space -> change(space, SpaceAccess.SUSPENDED, SpaceState.SUSPENDED));
  }

  /** The suspension is lifted: access as before. */
  @Transactional
  public void restore(Long organisationId) {
    space(organisationId).ifPresent(space -> change(space, SpaceAccess.OPEN, SpaceState.ACTIVE));
  }

  /** After the end date: the data stays readable for the retention period. */
  @Transactional
  public void freezeReadOnly(Long organisationId) {
    space(organisationId).filter(space -> space.getState() != SpaceState.DELETED)
        .ifPresent(space -> change(space, SpaceAccess.READ_ONLY, SpaceState.READ_ONLY));
  }

  /** After the retention period: the space and its Tools are gone. */
  @Transactional
  public void delete(Long organisationId) {
    space(organisationId).filter(space -> space.getState() != SpaceState.DELETED).ifPresent(space -> {
      server.deleteSpace(space.getLocation());
      space.changeState(SpaceState.DELETED, clock.instant());
    });
  }

  public Optional<SecureSpace> space(Long organisationId) {
    return spaces.findByOrganisationId(organisationId);
  }

  private void change(SecureSpace space, SpaceAccess access, SpaceState state) {
    server.setAccess(space.getLocation(), access);
    space.changeState(state, clock.instant());
  }
}
