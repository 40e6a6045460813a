package be.uvcw.convention.maintenance;

import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.flag;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.time.LocalDate;

/** The variables of {@code maintenance-membership}. */
@ProcessContract("maintenance-membership")
public final class MaintenanceMembershipVariables {

  public static final ProcessVariable<String> MEMBER_USER_ID = text("memberUserId", "the proposed person, assignee of the charter task");
  public static final ProcessVariable<String> MEMBER_FULL_NAME = text("memberFullName", null);
  public static final ProcessVariable<String> MEMBER_EMAIL = text("memberEmail", null);
  public static final ProcessVariable<String> MEMBER_ORGANISATION = text("memberOrganisation", null);
  public static final ProcessVariable<String> PROPOSED_BY = text("proposedBy", "start event initiator");
  public static final ProcessVariable<Long> MAINTENANCE_MEMBER_ID = id("maintenanceMemberId", null);
  /** Form « Signer la charte ». */
  public static final ProcessVariable<Boolean> CHARTER_ACCEPTED = flag("charterAccepted", null);
  public static final ProcessVariable<LocalDate> CHARTER_SIGNED_ON = date("charterSignedOn", null);

  private MaintenanceMembershipVariables() {}
}
