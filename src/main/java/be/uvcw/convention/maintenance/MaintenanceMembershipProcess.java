package be.uvcw.convention.maintenance;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code maintenance-membership}: the only code that starts it. Business key
 * {@code maintenance-membership-<userId>}, set by « Enregistrer la proposition » once the proposal is valid.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MaintenanceMembershipProcess {

  public static final String KEY = "maintenance-membership";

  private final ProcessStarter processes;

  public static String businessKey(String memberUserId) {
    return BusinessKeys.of(KEY, memberUserId);
  }

  /** Staff propose a person; returns the instance's id (the proposal is registered by then). */
  public String start(MaintenanceTeamService.Proposal proposal) {
    Map<String, Object> variables = new HashMap<>();
    MaintenanceMembershipVariables.MEMBER_USER_ID.putIn(variables, proposal.userId());
    MaintenanceMembershipVariables.MEMBER_FULL_NAME.putIn(variables, proposal.fullName());
    MaintenanceMembershipVariables.MEMBER_EMAIL.putIn(variables, proposal.email());
    MaintenanceMembershipVariables.MEMBER_ORGANISATION.putIn(variables, proposal.organisationName());
    MaintenanceMembershipVariables.PROPOSED_BY.putIn(variables, proposal.proposedBy());
    return processes.start(KEY, variables);
  }
}
