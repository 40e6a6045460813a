package be.uvcw.convention.platform.process;

import static be.uvcw.convention.platform.process.ProcessVariable.count;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

/**
 * Variables several processes share under one name (the worklist labels tasks with them, the tenant
 * provider reads the tenant). A process contract re-exports the ones it uses; the name is written here only.
 */
public final class CommonVariables {

  public static final ProcessVariable<Long> CONVENTION_ID = id("conventionId", null);
  public static final ProcessVariable<Long> ORGANISATION_ID = id("organisationId", null);
  public static final ProcessVariable<String> ORGANISATION_NAME = text("organisationName", "labels the tasks in the worklist");
  public static final ProcessVariable<String> TENANT_ID = text("tenantId", "the organisation's tenant: who may see the tasks");
  public static final ProcessVariable<String> TOOL_CODE = text("toolCode", null);
  public static final ProcessVariable<String> TOOL_NAME = text("toolName", null);
  /** Set by the engine on each instance of a multi-instance activity. */
  public static final ProcessVariable<Integer> LOOP_COUNTER = count("loopCounter", "engine: index of the multi-instance element");

  private CommonVariables() {}
}
