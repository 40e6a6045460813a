package be.uvcw.convention.tooling.update;

import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** The variables of {@code tool-update} (« Nouvelle version d'un Outil publiée »). */
@ProcessContract("tool-update")
public final class ToolUpdateVariables {

  public static final ProcessVariable<String> TOOL_CODE = CommonVariables.TOOL_CODE;
  public static final ProcessVariable<String> TOOL_NAME = CommonVariables.TOOL_NAME;
  public static final ProcessVariable<String> VERSION = text("version", null);
  public static final ProcessVariable<String> RELEASE_NOTES = text("releaseNotes", null);
  public static final ProcessVariable<String> PUBLISHED_BY = text("publishedBy", "start event initiator");
  public static final ProcessVariable<Long> TOOL_RELEASE_ID = id("toolReleaseId", null);
  public static final ProcessVariable<Long> SPACE_ID = id("spaceId", "multi-instance element: the space to update");
  public static final ProcessVariable<String> ROLLOUT_REPORT = text("rolloutReport", "markdown mailed to the maintenance team");

  private ToolUpdateVariables() {}
}
