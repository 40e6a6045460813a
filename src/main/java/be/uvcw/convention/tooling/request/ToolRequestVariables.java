package be.uvcw.convention.tooling.request;

import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** The variables of {@code tool-request} (« Outil supplémentaire demandé »). */
@ProcessContract("tool-request")
public final class ToolRequestVariables {

  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME;
  public static final ProcessVariable<String> TOOL_CODE = CommonVariables.TOOL_CODE;
  public static final ProcessVariable<String> TOOL_NAME = CommonVariables.TOOL_NAME;
  public static final ProcessVariable<String> MOTIVATION = text("motivation", null);
  public static final ProcessVariable<String> REQUESTED_BY = text("requestedBy", "start event initiator");
  public static final ProcessVariable<Long> TOOL_REQUEST_ID = id("toolRequestId", null);
  /** Form « Examiner la demande d'outil ». */
  public static final ProcessVariable<String> DECISION = text("toolRequestDecision", "APPROVE or REFUSE");
  public static final ProcessVariable<String> DECISION_REASON = text("decisionReason", null);
  public static final ProcessVariable<String> INSTALLED_VERSION = text("installedVersion", null);
  /** Input parameter of « Informer l'utilisateur »: which mail (INSTALLED, REFUSED). */
  public static final ProcessVariable<String> NOTICE = text("notice", "input parameter: INSTALLED or REFUSED");

  private ToolRequestVariables() {}
}
