package be.uvcw.convention.integrity;

import be.uvcw.convention.identity.Groups;
import java.util.List;

/** Who sends a request to the engine's REST API, as authenticated by Camunda (Basic or webapp session). */
record Caller(String userId, List<String> groups, List<String> tenants) {

  Caller {
    groups = groups == null ? List.of() : List.copyOf(groups);
    tenants = tenants == null ? List.of() : List.copyOf(tenants);
  }

  boolean isAdministrator() {
    return groups.contains(Groups.ADMIN);
  }
}
