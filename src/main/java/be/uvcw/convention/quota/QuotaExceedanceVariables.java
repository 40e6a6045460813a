package be.uvcw.convention.quota;

import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** The variables of {@code quota-exceedance}: one instance per space and crossing. */
@ProcessContract("quota-exceedance")
public final class QuotaExceedanceVariables {

  public static final ProcessVariable<Long> QUOTA_EXCEEDANCE_ID = id("quotaExceedanceId", "the exceedance this instance handles");
  public static final ProcessVariable<Long> SPACE_ID = id("spaceId", null);
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME;
  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  public static final ProcessVariable<String> SPACE_DESCRIPTION = text("spaceDescription", "shown in « Traiter le dépassement du quota »");
  /** Form « Traiter le dépassement du quota ». */
  public static final ProcessVariable<String> ACTIONS_TAKEN = text("actionsTaken", null);

  private QuotaExceedanceVariables() {}
}
