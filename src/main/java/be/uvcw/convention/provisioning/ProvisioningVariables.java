package be.uvcw.convention.provisioning;

import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** What the provisioning steps read, in the processes that create a space and install tools. */
@ProcessContract({"onboarding", "tool-request"})
public final class ProvisioningVariables {

  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> TOOL_CODE = CommonVariables.TOOL_CODE;
  public static final ProcessVariable<String> SPACE_LOCATION = text("spaceLocation", "where the secure space was created");

  private ProvisioningVariables() {}
}
