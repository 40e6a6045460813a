package be.uvcw.convention.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Camunda users for the HTTP tests: a fresh id, a password the policy accepts, a group and a tenant. */
public final class TestUsers {

  private TestUsers() {}

  /** A new user {@code <prefix>-xxxxxxxx} in that group (null: none), whose password is {@link #password}. */
  public static String create(IdentityService identity, String prefix, String group) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setEmail(id + "@example.be");
    user.setPassword(password(id));
    identity.saveUser(user);
    if (group != null) {
      identity.createMembership(id, group);
    }
    return id;
  }

  /** The password of a user made by {@link #create}: long enough for the policy. */
  public static String password(String id) {
    return "pw-" + id + "-long-enough";
  }

  /** The HTTP Basic header of a user made by {@link #create}. */
  public static String basicAuthorization(String userId) {
    return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password(userId)).getBytes(StandardCharsets.UTF_8));
  }

  /** Makes the user a member of that tenant, creating the tenant if needed. */
  public static void inTenant(IdentityService identity, String userId, String tenant) {
    if (identity.createTenantQuery().tenantId(tenant).count() == 0) {
      identity.saveTenant(identity.newTenant(tenant));
    }
    identity.createTenantUserMembership(tenant, userId);
  }
}
