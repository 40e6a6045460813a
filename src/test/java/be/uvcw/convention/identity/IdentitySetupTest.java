package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentitySetupTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired AccountService accounts;
  @Autowired TestOrganisations organisations;

  @Test
  void groupsHaveTheirFrenchNames() {
    assertThat(identity.createGroupQuery().groupId(Groups.UNION_STAFF).singleResult().getName()).isEqualTo("Personnel de l'Union");
    assertThat(identity.createGroupQuery().groupId(Groups.UNION_MANAGEMENT).singleResult().getName()).isEqualTo("Direction de l'Union");
    assertThat(identity.createGroupQuery().groupId(Groups.FINANCE).singleResult().getName()).isEqualTo("Finances");
    assertThat(identity.createGroupQuery().groupId(Groups.MAINTENANCE).singleResult().getName()).isEqualTo("Équipe de maintenance");
    assertThat(identity.createGroupQuery().groupId(Groups.SIGNATORIES).singleResult().getName()).isEqualTo("Signataires des Utilisateurs");
    assertThat(identity.createGroupQuery().groupId(Groups.ADMIN).count()).isOne();
  }

  @Test
  void theConfiguredAdministratorCanLogInAndAdministers() {
    assertThat(identity.checkPassword("admin", "admin-test-password")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("admin").groupId(Groups.ADMIN).count()).isOne();
    assertThat(authorizations.isUserAuthorized("admin", List.of(Groups.ADMIN), Permissions.ACCESS, Resources.APPLICATION, "admin")).isTrue();
  }

  @Test
  void aSignatoryMayUseTasklistOnly() {
    var cpas = organisations.newCpas();
    List<String> groups = List.of(Groups.SIGNATORIES);
    String user = cpas.presidentUserId();
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, IdentitySetup.TASKLIST)).isTrue();
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, IdentitySetup.COCKPIT)).isFalse();
    assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, IdentitySetup.ADMIN_APP)).isFalse();
    assertThat(authorizations.isUserAuthorized(user, groups, TaskPermissions.READ, Resources.TASK, "*")).isFalse();
    assertThat(authorizations.isUserAuthorized(user, groups, ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION, "*")).isFalse();
  }

  @Test
  void unionStaffAndManagementUseCockpitAndTasklistButNotAdmin() {
    for (String group : List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT)) {
      List<String> groups = List.of(group);
      assertThat(authorizations.isUserAuthorized("someone", groups, Permissions.ACCESS, Resources.APPLICATION, IdentitySetup.COCKPIT)).isTrue();
      assertThat(authorizations.isUserAuthorized("someone", groups, Permissions.ACCESS, Resources.APPLICATION, IdentitySetup.TASKLIST)).isTrue();
      assertThat(authorizations.isUserAuthorized("someone", groups, Permissions.ACCESS, Resources.APPLICATION, IdentitySetup.ADMIN_APP)).isFalse();
      assertThat(authorizations.isUserAuthorized("someone", groups, TaskPermissions.READ, Resources.TASK, "any-task")).isTrue();
      // Issue 8: they work their own groups' tasks only, and start only their own processes.
      assertThat(authorizations.isUserAuthorized("someone", groups, TaskPermissions.UPDATE, Resources.TASK, "any-task")).isFalse();
      assertThat(authorizations.isUserAuthorized("someone", groups, TaskPermissions.TASK_WORK, Resources.TASK, "any-task")).isFalse();
      for (String internal : List.of("convention-lifecycle", "billing-run-schedule", "quota-check", "fee-indexation")) {
        assertThat(authorizations.isUserAuthorized("someone", groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
            Resources.PROCESS_DEFINITION, internal)).as(group + " starts " + internal).isFalse();
      }
    }
    assertThat(authorizations.isUserAuthorized("s", List.of(Groups.UNION_STAFF), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "onboarding")).isTrue();
    assertThat(authorizations.isUserAuthorized("s", List.of(Groups.UNION_STAFF), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "billing-run")).isFalse();
    assertThat(authorizations.isUserAuthorized("d", List.of(Groups.UNION_MANAGEMENT), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "billing-run")).isTrue();
  }

  @Test
  void financeAndMaintenanceStartOnlyTheirOwnProcesses() {
    List<String> finance = List.of(Groups.FINANCE);
    assertThat(authorizations.isUserAuthorized("f", finance, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "billing-run")).isTrue();
    assertThat(authorizations.isUserAuthorized("f", finance, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "onboarding")).isFalse();
    List<String> maintenance = List.of(Groups.MAINTENANCE);
    assertThat(authorizations.isUserAuthorized("m", maintenance, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "tool-update")).isTrue();
    assertThat(authorizations.isUserAuthorized("m", maintenance, Permissions.ACCESS, Resources.APPLICATION, IdentitySetup.COCKPIT)).isFalse();
    assertThat(authorizations.isUserAuthorized("m", maintenance, TaskPermissions.READ, Resources.TASK, "*")).isFalse();
  }

  @Test
  void everyNewTenantIsVisibleToTheUnionGroupsButNotToSignatories() {
    var cpas = organisations.newCpas();
    String tenant = cpas.organisation().getTenantId();
    for (String group : IdentitySetup.UNION_GROUPS) {
      assertThat(identity.createTenantQuery().tenantId(tenant).groupMember(group).count()).as(group).isOne();
    }
    assertThat(identity.createTenantQuery().tenantId(tenant).groupMember(Groups.SIGNATORIES).count()).isZero();
    assertThat(identity.createTenantQuery().userMember(cpas.presidentUserId()).list())
        .extracting(t -> t.getId()).containsExactly(tenant);
  }

  @Test
  void eachRoleFindsItsFiltersInTasklist() {
    assertThat(filterNamesReadableBy(Groups.SIGNATORIES)).containsExactly("Mes signatures en attente");
    assertThat(filterNamesReadableBy(Groups.UNION_MANAGEMENT))
        .contains("Mes tâches", "Tâches de mon équipe", "Contresignatures et décisions de la Direction", "Toutes les tâches en cours");
    assertThat(filterNamesReadableBy(Groups.FINANCE)).contains("Mes tâches", "Finances").doesNotContain("Toutes les tâches en cours");
    assertThat(filterNamesReadableBy(Groups.MAINTENANCE)).contains("Équipe de maintenance");
  }

  @Test
  void runningTheSetupAgainAddsNothing() {
    long authorizationsBefore = authorizations.createAuthorizationQuery().count();
    long filtersBefore = filters.createFilterQuery().count();
    new IdentitySetup(new AdministratorAccount("admin", "ignored-because-admin-exists")).apply(engine);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
    assertThat(identity.checkPassword("admin", "admin-test-password")).isTrue();
  }

  private List<String> filterNamesReadableBy(String group) {
    return filters.createFilterQuery().list().stream()
        .filter(f -> authorizations.isUserAuthorized("nobody", List.of(group), Permissions.READ, Resources.FILTER, f.getId()))
        .map(Filter::getName)
        .toList();
  }
}
