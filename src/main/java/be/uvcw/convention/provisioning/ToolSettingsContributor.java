package be.uvcw.convention.provisioning;

import be.uvcw.convention.catalog.Tool;
import java.util.Map;

/**
 * Settings that another capability adds to a Tool's manifest in one space (e.g. the adaptation
 * packages delivered there), so that every (re)installation writes them, whoever triggers it.
 */
public interface ToolSettingsContributor {
  Map<String, String> settingsFor(SecureSpace space, Tool tool);
}
