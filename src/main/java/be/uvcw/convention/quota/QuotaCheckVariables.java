package be.uvcw.convention.quota;

import static be.uvcw.convention.platform.process.ProcessVariable.flag;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.value;

import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** The variables of {@code quota-check}, the nightly batch: it measures, warns and starts quota-exceedance. */
@ProcessContract("quota-check")
public final class QuotaCheckVariables {

  public static final ProcessVariable<Object> SPACE_IDS = value("spaceIds", "list of ids", "the spaces measured tonight");
  public static final ProcessVariable<Long> SPACE_ID = id("spaceId", "multi-instance element");
  public static final ProcessVariable<Boolean> QUOTA_WARN = flag("quotaWarn", null);
  public static final ProcessVariable<Boolean> QUOTA_OVER = flag("quotaOver", null);

  private QuotaCheckVariables() {}
}
