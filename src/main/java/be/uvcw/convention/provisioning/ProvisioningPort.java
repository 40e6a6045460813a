package be.uvcw.convention.provisioning;

import java.util.Map;

/**
 * What the Server must do for a User's secure space (art. 3). Every operation is idempotent:
 * repeated after a crash or a retry, it leaves the Server in the same state as one call.
 * Failures are thrown as {@link ProvisioningException}; the engine retries and then raises an incident.
 */
public interface ProvisioningPort {

  /** Creates the User's space, or finds the one already there; returns its location on the Server. */
  String createSpace(String spaceKey);

  /** Installs (or re-installs, or updates) one Tool in the space with its standard settings; refused unless the space is OPEN. */
  void installTool(String location, ToolManifest manifest);

  /** Removes one Tool from the space; nothing happens when it is not there; refused unless the space is OPEN. */
  void removeTool(String location, String toolCode);

  /** Bytes used by all Tools and the website together, for the 3 GB quota (art. 6.3). */
  long measureUsedBytes(String location);

  /** Opens, suspends (no access at all) or freezes (read-only) the space. */
  void setAccess(String location, SpaceAccess access);

  /**
   * The access state the Server enforces for the space, as last set by {@link #setAccess}. The rest of
   * the application asks this before it touches a space; SUSPENDED and READ_ONLY spaces refuse changes.
   */
  SpaceAccess accessOf(String location);

  /** Deletes the space and everything in it, after the retention period; nothing happens when it is gone. */
  void deleteSpace(String location);

  /** The configuration written for a Tool: which Tool, which version, which standard settings. */
  record ToolManifest(String toolCode, String toolName, String version, Map<String, String> settings) {}

  enum SpaceAccess {
    OPEN,
    SUSPENDED,
    READ_ONLY
  }
}
