package be.uvcw.convention.adaptation;

import static be.uvcw.convention.platform.process.ProcessVariable.flag;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;
import static be.uvcw.convention.platform.process.ProcessVariable.value;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** The variables of {@code adaptation-request}, read and written by its delegates and task checks. */
@ProcessContract("adaptation-request")
public final class AdaptationRequestVariables {

  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME;
  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  public static final ProcessVariable<String> TOOL_CODE = CommonVariables.TOOL_CODE;
  public static final ProcessVariable<String> TOOL_NAME = CommonVariables.TOOL_NAME;
  public static final ProcessVariable<Long> ADAPTATION_REQUEST_ID = id("adaptationRequestId", null);
  public static final ProcessVariable<String> REQUESTED_BY = text("requestedBy", "start event initiator");
  /** Form « Demande d'adaptation soumise ». */
  public static final ProcessVariable<String> TITLE = text("title", null);
  public static final ProcessVariable<String> DESCRIPTION = text("description", null);
  public static final ProcessVariable<String> LOCAL_NEED = text("localNeed", null);
  public static final ProcessVariable<String> BENEFIT = text("benefit", null);
  public static final ProcessVariable<String> BENEFICIARIES = text("beneficiaries", null);
  public static final ProcessVariable<Object> SIGNATORY_USER_IDS = value("signatoryUserIds", "list of user ids", "candidate users of the confirmation");
  /** Forms of the estimate, arbitration, work and confirmation tasks. */
  public static final ProcessVariable<Object> WORKLOAD_DAYS = value("workloadDays", "number",
      "the estimate form's days (checked by AdaptationService), then a Double the decision table reads");
  public static final ProcessVariable<String> ESTIMATE_SUMMARY = text("estimateSummary", null);
  public static final ProcessVariable<String> TABLE_OUTCOME = text("tableOutcome", "DMN output: ACCEPT, REFUSE or ESCALATE");
  public static final ProcessVariable<String> TABLE_REASON = text("tableReason", "DMN output");
  public static final ProcessVariable<String> MANAGEMENT_DECISION = text("managementDecision", null);
  public static final ProcessVariable<String> MANAGEMENT_REASON = text("managementReason", null);
  public static final ProcessVariable<String> DECISION_REASON = text("decisionReason", null);
  public static final ProcessVariable<Boolean> ACCEPTED = flag("accepted", null);
  public static final ProcessVariable<String> ADAPTATION_PACKAGE = text("adaptationPackage", null);
  public static final ProcessVariable<String> DELIVERY_NOTES = text("deliveryNotes", null);
  public static final ProcessVariable<Long> DELIVERY_ORGANISATION_ID = id("deliveryOrganisationId", "multi-instance element");
  public static final ProcessVariable<Object> DUE_DATE = value("dueDate", "date-time (java.util.Date)", "due date of the maintenance task: 17:00 Belgian time");
  public static final ProcessVariable<String> USER_RESPONSE = text("userResponse", "CONFIRM or REOPEN");
  public static final ProcessVariable<String> REOPEN_REASON = text("reopenReason", null);
  public static final ProcessVariable<String> LAST_REOPEN_REASON = text("lastReopenReason", null);
  public static final ProcessVariable<String> NOTICE = text("notice", "input parameter: which mail informs the user");

  private AdaptationRequestVariables() {}
}
