package be.uvcw.convention.provisioning;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.organisation.Organisation;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standard settings written for every Tool (art. 3.2: "configuration" means the standard
 * parameters only, never local adaptations): the same for every User but for who the User is.
 */
public final class StandardSettings {

  private StandardSettings() {}

  public static Map<String, String> of(Organisation organisation, Tool tool) {
    Map<String, String> settings = new TreeMap<>();
    settings.put("organisation.name", organisation.getName());
    settings.put("organisation.tenantId", organisation.getTenantId());
    settings.put("organisation.type", organisation.getType().name());
    settings.put("locale", "fr-BE");
    settings.put("timeZone", "Europe/Brussels");
    settings.put("quotaBytes", Long.toString(SecureSpace.QUOTA_BYTES));
    settings.put("userGuideUrl", tool.getUserGuideUrl());
    return settings;
  }
}
