package be.uvcw.convention.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups, administrator, authorizations and Tasklist filters, put in place each time the engine
 * starts (idempotent: it only adds what is missing). See docs/security.md for the matrix.
 */
@RequiredArgsConstructor
public class IdentitySetup {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  /** Allowed user, group and tenant ids: letters and digits, single dots, hyphens or underscores between them. */
  public static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*";

  /** Camunda webapp application ids (Resources.APPLICATION). */
  public static final String COCKPIT = "cockpit";
  public static final String TASKLIST = "tasklist";
  public static final String ADMIN_APP = "admin";

  /** Process definitions that finance starts from Tasklist (CREATE_INSTANCE per key, not on "*"). */
  public static final List<String> FINANCE_STARTS = List.of("billing-run", "fee-indexation");
  /** Process definitions that the maintenance team starts from Tasklist. */
  public static final List<String> MAINTENANCE_STARTS = List.of("tool-update");
  /**
   * What Union staff and management start (through Tasklist, /engine-rest, or /api for the
   * Users): the same roles as the /api controllers. Internal processes (convention-lifecycle,
   * billing-run-schedule, quota-check, and any new key not listed) are started by nobody by hand.
   */
  public static final List<String> STAFF_STARTS = List.of("onboarding", "tool-request", "adaptation-request",
      "non-renewal-notice", "misuse-case", "maintenance-membership", "intrusion-report", "access-link");
  public static final List<String> MANAGEMENT_STARTS = List.of("misuse-case", "tool-request", "adaptation-request", "billing-run",
      "access-link");

  /** The Union's groups that see every tenant (organisation). */
  public static final List<String> UNION_GROUPS =
      List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE, Groups.MAINTENANCE);

  private static final Map<String, String> GROUP_NAMES = Map.of(
      Groups.ADMIN, "Administrateurs Camunda",
      Groups.UNION_STAFF, "Personnel de l'Union",
      Groups.UNION_MANAGEMENT, "Direction de l'Union",
      Groups.FINANCE, "Finances",
      Groups.MAINTENANCE, "Équipe de maintenance",
      Groups.SIGNATORIES, "Signataires des Utilisateurs");

  private final AdministratorAccount administrator;

  public void apply(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    ensureGroups(identity);
    ensureAdministrator(identity);
    Grants grants = new Grants(authorizations);
    grantAdministrators(grants);
    grantUnion(grants);
    grantFinance(grants);
    grantMaintenance(grants);
    grantSignatories(grants);
    ensureUnionSeesEveryTenant(identity);
    new TasklistFilters(engine.getFilterService(), engine.getTaskService(), grants).ensure();
    log.info("Identity set up: {} groups, administrator '{}', authorizations and Tasklist filters in place",
        GROUP_NAMES.size(), administrator.userId());
  }

  private static void ensureGroups(IdentityService identity) {
    GROUP_NAMES.forEach((id, name) -> {
      Group group = identity.createGroupQuery().groupId(id).singleResult();
      if (group == null) {
        group = identity.newGroup(id);
      }
      if (!name.equals(group.getName())) {
        group.setName(name);
        group.setType(Groups.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
    });
  }

  /** Created once; later password changes are made in the Admin webapp and never overwritten. */
  private void ensureAdministrator(IdentityService identity) {
    String userId = administrator.userId();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Administrateur");
      user.setLastName("Convention");
      user.setPassword(administrator.password());
      // Production settings meet the password policy (AdministratorAccount.fromSettings); only the demo's "admin" does not.
      boolean demoPassword = !identity.checkPasswordAgainstPolicy(administrator.password(), user).isValid();
      ((IdentityServiceImpl) identity).saveUser(user, demoPassword);
      log.info("Administrator '{}' created", userId);
    }
    ensureMembership(identity, userId, Groups.ADMIN);
  }

  /** The administrator group gets ALL on everything, as Camunda's own first-admin setup does. */
  private static void grantAdministrators(Grants grants) {
    for (Resources resource : Resources.values()) {
      grants.grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  /** Staff and management follow every convention in Cockpit and work in Tasklist. */
  private static void grantUnion(Grants grants) {
    for (String group : List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT)) {
      grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
      grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grants.grant(group, Resources.PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
      grants.grant(group, Resources.PROCESS_INSTANCE, ANY,
          ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.CREATE);
      grants.grant(group, Resources.TASK, ANY, TaskPermissions.READ);
      grants.grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
      grants.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
      grants.grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grants.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      grants.grant(group, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
      readDirectory(grants, group);
    }
    narrowUnionGrants(grants);
  }

  /**
   * Issue 8: staff and management no longer start every process nor work every task (an older
   * start-up granted CREATE_INSTANCE and task UPDATE on "*"): they start their own keys and work
   * the tasks of their groups (candidate authorizations, automatic).
   */
  private static void narrowUnionGrants(Grants grants) {
    for (String group : List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT)) {
      grants.revoke(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grants.revoke(group, Resources.TASK, ANY, TaskPermissions.UPDATE);
    }
    startable(grants, Groups.UNION_STAFF, STAFF_STARTS);
    startable(grants, Groups.UNION_MANAGEMENT, MANAGEMENT_STARTS);
  }

  /** Finance: Tasklist, a read-only Cockpit, and the billing processes it starts. */
  private static void grantFinance(Grants grants) {
    String group = Groups.FINANCE;
    grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grants.grant(group, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
    grants.grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    startable(grants, group, FINANCE_STARTS);
    readDirectory(grants, group);
  }

  /** Maintenance: Tasklist only, its candidate tasks (automatic) and the Tool rollouts it starts. */
  private static void grantMaintenance(Grants grants) {
    String group = Groups.MAINTENANCE;
    grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    startable(grants, group, MAINTENANCE_STARTS);
    readDirectory(grants, group);
  }

  /**
   * Signatories: Tasklist and nothing else. No global task READ: the engine authorizes each
   * signatory on the tasks assigned to them (assignee auto-authorization).
   */
  private static void grantSignatories(Grants grants) {
    grants.grant(Groups.SIGNATORIES, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    // Art. 6.8: a User's signatory reports intrusion attempts from Tasklist (lifecycle, docs/lifecycle.md).
    startable(grants, Groups.SIGNATORIES, List.of("intrusion-report"));
  }

  /** Starting a process from Tasklist takes READ + CREATE_INSTANCE on its definition and CREATE on instances. */
  private static void startable(Grants grants, String group, List<String> processKeys) {
    for (String key : processKeys) {
      grants.grant(group, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    grants.grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  /** Names of people, groups and tenants, so Tasklist and Cockpit show "Michèle Boverie", not an id. */
  private static void readDirectory(Grants grants, String group) {
    grants.grant(group, Resources.USER, ANY, Permissions.READ);
    grants.grant(group, Resources.GROUP, ANY, Permissions.READ);
    grants.grant(group, Resources.TENANT, ANY, Permissions.READ);
  }

  /** Tenants created before this start-up (or by an older version) get the Union groups too. */
  private static void ensureUnionSeesEveryTenant(IdentityService identity) {
    for (Tenant tenant : identity.createTenantQuery().list()) {
      for (String group : UNION_GROUPS) {
        ensureTenantGroupMembership(identity, tenant.getId(), group);
      }
    }
  }

  static void ensureTenantGroupMembership(IdentityService identity, String tenantId, String groupId) {
    if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
      identity.createTenantGroupMembership(tenantId, groupId);
    }
  }

  static void ensureMembership(IdentityService identity, String userId, String groupId) {
    if (identity.createGroupQuery().groupId(groupId).groupMember(userId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  /** Adds GRANT authorizations, merging permissions into an existing row rather than duplicating it. */
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static final class Grants {
    private final AuthorizationService authorizations;

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      Authorization authorization = authorizations.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
          .singleResult();
      boolean changed = false;
      if (authorization == null) {
        authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        changed = true;
      }
      for (Permission permission : permissions) {
        if (!authorization.isPermissionGranted(permission)) {
          authorization.addPermission(permission);
          changed = true;
        }
      }
      if (changed) {
        authorizations.saveAuthorization(authorization);
      }
    }

    /** Removes permissions from an existing GRANT row, if any (a start-up of an older version granted them). */
    void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
      Authorization authorization = authorizations.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
          .singleResult();
      if (authorization == null) {
        return;
      }
      boolean changed = false;
      for (Permission permission : permissions) {
        if (authorization.isPermissionGranted(permission)) {
          authorization.removePermission(permission);
          changed = true;
        }
      }
      if (changed) {
        authorizations.saveAuthorization(authorization);
      }
    }
  }
}
