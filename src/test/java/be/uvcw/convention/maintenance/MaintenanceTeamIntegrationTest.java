package be.uvcw.convention.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.adaptation.AdaptationFixtures;
import be.uvcw.convention.adaptation.Api;
import be.uvcw.convention.adaptation.Api.Answer;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Art. 5: the maintenance group's rights come only with the signed Charter, and go with the revocation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MaintenanceTeamIntegrationTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired FaultInjectingProvisioningPort provisioningFaults;
  @Autowired AdaptationFixtures fixtures;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired Clock clock;

  private Api api;
  private Tool tool;
  private String person;
  private String staff;

  @BeforeEach
  void setUp() {
    api = new Api(port, json);
    tool = fixtures.newTool("1.0.0");
    person = fixtures.person("mainteneur");
    staff = fixtures.person("agent", Groups.UNION_STAFF);
  }

  /** The shared test Server counts calls: leave it as found for the next test class. */
  @AfterEach
  void resetTestServer() {
    provisioningFaults.reset();
  }

  @Test
  void aPersonActsAsMaintenanceOnlyAfterSigningTheCharterAndNoLongerOnceRevoked() {
    assertThat(publish("1.1.0").status()).isEqualTo(403);

    Answer proposal = api.post("/api/maintenance-team/proposals", staff,
        Map.of("userId", person, "fullName", "Luc Mainteneur " + person, "email", person + "@commune.test", "organisation", "Ville de Ciney"));
    assertThat(proposal.status()).isEqualTo(201);
    String pid = proposal.body().get("processInstanceId").asText();
    assertThat(proposal.body().get("status").asText()).isEqualTo("PROPOSED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
        .isEqualTo("maintenance-membership-" + person);

    // Proposed but not signed: still no rights, and not on the published list.
    assertThat(publish("1.1.0").status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId(person).memberOfGroup(Groups.MAINTENANCE).count()).isZero();
    assertThat(names(api.get("/api/maintenance-team", person).body())).doesNotContain("Luc Mainteneur " + person);

    Task charter = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey("SignerCharte").singleResult();
    assertThat(charter.getAssignee()).isEqualTo(person);
    String today = LocalDate.now(clock).toString();
    assertThatThrownBy(() -> taskService.complete(charter.getId(), Map.of("charterAccepted", false, "charterSignedOn", today)))
        .hasMessageContaining("J'ai lu et j'accepte la Charte de maintenance");
    assertThat(publish("1.1.0").status()).isEqualTo(403);

    assertThat(taskService.createTaskQuery().taskId(charter.getId()).count()).as("the refused task stays open").isOne();
    taskService.complete(charter.getId(), Map.of("charterAccepted", true, "charterSignedOn", today));
    // Recorded by the asynchronous « Enregistrer la signature et accorder les droits »: no rights until it has run.
    assertThat(managementService.createJobQuery().processInstanceId(pid).activityId("EnregistrerSignature").count()).isOne();
    assertThat(identityService.createUserQuery().userId(person).memberOfGroup(Groups.MAINTENANCE).count()).isZero();
    Jobs.runAll(managementService, pid);

    Answer published = publish("1.1.0");
    assertThat(published.status()).isEqualTo(201);
    assertThat(published.body().get("version").asText()).isEqualTo("1.1.0");
    // The rollout of a Tool no space has ends at once with the report task, which the new member may take.
    assertThat(taskService.createTaskQuery().taskCandidateUser(person).taskDefinitionKey("ConsulterRapport")
        .processInstanceId(published.body().get("processInstanceId").asText()).count()).isOne();
    JsonNode team = api.get("/api/maintenance-team", staff).body();
    JsonNode me = null;
    for (JsonNode member : team) {
      if (member.get("fullName").asText().equals("Luc Mainteneur " + person)) {
        me = member;
      }
    }
    assertThat(me).isNotNull();
    assertThat(me.get("organisation").asText()).isEqualTo("Ville de Ciney");
    assertThat(me.get("charterSignedOn").asText()).isEqualTo(today);
    assertThat(me.has("email")).isFalse();

    assertThat(api.post("/api/maintenance-team/proposals", person, Map.of("userId", "x")).status()).isEqualTo(403);
    assertThat(api.delete("/api/maintenance-team/" + person, staff).status()).isEqualTo(200);
    assertThat(publish("1.2.0").status()).isEqualTo(403);
    assertThat(names(api.get("/api/maintenance-team", staff).body())).doesNotContain("Luc Mainteneur " + person);
  }

  @Test
  void aProposalForAnUnknownAccountIsRefused() {
    Answer refused = api.post("/api/maintenance-team/proposals", staff,
        Map.of("userId", "inconnu-" + person, "fullName", "X", "email", "x@commune.test", "organisation", "Ville"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("créez-le d'abord dans Camunda Admin");
  }

  private Answer publish(String version) {
    return api.post("/api/tools/" + tool.getCode() + "/releases", person, Map.of("version", version, "releaseNotes", "Corrections."));
  }

  private static java.util.List<String> names(JsonNode team) {
    return team.findValuesAsText("fullName");
  }
}
