package be.uvcw.convention.provisioning.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.provisioning.ProvisioningFixtures;
import be.uvcw.convention.provisioning.ProvisioningService;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/organisations/{id}/space with MockMvc on the shared application context (no second context for a port). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SpaceControllerTest {

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired ProvisioningFixtures fixtures;
  @Autowired ProvisioningService provisioning;

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theUnionSeesTheSpaceWithItsQuotaAndTools() throws Exception {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());
    provisioning.installTool(cpas.getId(), "aide-sociale");
    provisioning.installTool(cpas.getId(), "courrier");
    long used = provisioning.measureUsage(cpas.getId());
    logIn(Groups.UNION_STAFF, null);

    mvc.perform(get("/api/organisations/{id}/space", cpas.getId()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.organisationId").value(cpas.getId()))
        .andExpect(jsonPath("$.tenantId").value(cpas.getTenantId()))
        .andExpect(jsonPath("$.state").value("ACTIVE"))
        .andExpect(jsonPath("$.stateLabel").value("Actif"))
        .andExpect(jsonPath("$.location").value(cpas.getTenantId()))
        .andExpect(jsonPath("$.quotaBytes").value(3221225472L))
        .andExpect(jsonPath("$.usedBytes").value(used))
        .andExpect(jsonPath("$.usedPercent").value(0.0))
        .andExpect(jsonPath("$.installations.length()").value(2))
        .andExpect(jsonPath("$.installations[0].toolCode").value("aide-sociale"))
        .andExpect(jsonPath("$.installations[0].version").value("1.9.0"))
        .andExpect(jsonPath("$.installations[0].state").value("INSTALLED"))
        .andExpect(jsonPath("$.installations[0].stateLabel").value("Installé"))
        .andExpect(jsonPath("$.installations[0].installedAt").isString())
        .andExpect(jsonPath("$.installations[1].toolCode").value("courrier"));
  }

  @Test
  void aSignatorySeesTheSpaceOfTheirOwnOrganisation() throws Exception {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());
    provisioning.suspend(cpas.getId());
    logIn(Groups.SIGNATORIES, cpas);

    mvc.perform(get("/api/organisations/{id}/space", cpas.getId()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("SUSPENDED"))
        .andExpect(jsonPath("$.stateLabel").value("Suspendu"))
        .andExpect(jsonPath("$.installations.length()").value(0));
  }

  @Test
  void aSignatoryOfAnotherOrganisationIsRefusedInFrench() throws Exception {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());
    logIn(Groups.SIGNATORIES, fixtures.newCpas());

    mvc.perform(get("/api/organisations/{id}/space", cpas.getId()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("Ces données appartiennent à une autre organisation."));
  }

  @Test
  void anOrganisationWithoutSpaceOrUnknownIsNotFound() throws Exception {
    Organisation cpas = fixtures.newCpas();
    logIn(Groups.UNION_STAFF, null);

    mvc.perform(get("/api/organisations/{id}/space", cpas.getId()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(startsWith("Aucun espace sécurisé n'a encore été créé")));
    mvc.perform(get("/api/organisations/{id}/space", Long.MAX_VALUE))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(startsWith("Organisation inconnue")));
  }

  @Test
  void nobodyLoggedInIsUnauthorized() throws Exception {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());

    mvc.perform(get("/api/organisations/{id}/space", cpas.getId())).andExpect(status().isUnauthorized());
  }

  /**
   * Logs in as Camunda's authentication filter does after checking a password: same thread, user,
   * groups and tenants (the filter itself is the identity capability's, tested there).
   */
  private void logIn(String group, Organisation tenantOf) {
    String userId = "prov" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    identityService.setAuthentication(userId, List.of(group), tenantOf == null ? List.of() : List.of(tenantOf.getTenantId()));
  }
}
