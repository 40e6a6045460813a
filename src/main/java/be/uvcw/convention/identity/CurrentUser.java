package be.uvcw.convention.identity;

import be.uvcw.convention.error.Forbidden;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling, as authenticated by Camunda's authentication filter on /engine-rest and /api.
 * Controllers ask it before they show an organisation's data.
 */
@Component
@RequiredArgsConstructor
public class CurrentUser {

  private final IdentityService identityService;

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new Forbidden("Authentification requise.");
    }
    return authentication;
  }

  public String userId() {
    return authentication().getUserId();
  }

  public boolean isInAnyGroup(String... groups) {
    List<String> mine = groupIds();
    for (String group : groups) {
      if (mine.contains(group)) {
        return true;
      }
    }
    return false;
  }

  /** Union staff, management, finance or an administrator: may see every organisation. */
  public boolean isUnion() {
    return isInAnyGroup(Groups.ADMIN, Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE, Groups.MAINTENANCE);
  }

  /** Throws unless the caller is in one of the groups. */
  public void requireAnyGroup(String... groups) {
    if (!isInAnyGroup(groups)) {
      throw new Forbidden("Vous n'avez pas accès à cette fonction.");
    }
  }

  /** Throws unless the caller belongs to the Union or to that organisation's tenant. */
  public void requireAccessToTenant(String tenantId) {
    if (!isUnion() && !tenantIds().contains(tenantId)) {
      throw new Forbidden("Ces données appartiennent à une autre organisation.");
    }
  }

  public Set<String> tenantIds() {
    List<String> tenants = authentication().getTenantIds();
    return tenants == null ? Set.of() : Set.copyOf(tenants);
  }

  public List<String> groupIds() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }
}
