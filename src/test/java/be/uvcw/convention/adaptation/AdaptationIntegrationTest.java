package be.uvcw.convention.adaptation;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.adaptation.Api.Answer;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Adaptation requests end to end over HTTP, on PostgreSQL and the (test) Server, with real accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdaptationIntegrationTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired AdaptationFixtures fixtures;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired ProvisioningService provisioning;
  @Autowired FaultInjectingProvisioningPort server;
  @Autowired OutgoingMailRepository mails;

  private Api api;
  private AdaptationFixtures.User cpasA;
  private AdaptationFixtures.User cpasB;

  @BeforeEach
  void twoUsersWithTheSameTool() {
    api = new Api(port, json);
    cpasA = fixtures.activeCpasWithTools("deliberations", "site-web");
    cpasB = fixtures.activeCpasWithTools("deliberations");
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  /** The shared test Server counts calls: leave it as found for the next test class. */
  @AfterEach
  void resetTestServer() {
    server.reset();
  }

  @Test
  void aRequestEscalatedThenAcceptedIsDeliveredToTheRequesterAndToTheOtherUserNamed() throws Exception {
    Answer submitted = api.post("/api/organisations/" + cpasA.id() + "/adaptation-requests", cpasA.presidentUserId(),
        Map.of("toolCode", "deliberations", "title", "Modèle de délibération pour le comité spécial",
            "description", "Ajouter un modèle « comité spécial du service social ».", "localNeed", "Le comité siège chaque semaine."));
    assertThat(submitted.status()).isEqualTo(201);
    long requestId = submitted.body().get("id").asLong();
    String pid = submitted.body().get("processInstanceId").asText();
    assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
        .isEqualTo("adaptation-request-" + requestId);

    String staff = fixtures.person("agent", Groups.UNION_STAFF);
    Task estimate = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey("EstimerDemande").singleResult();
    taskService.complete(estimate.getId(), Map.of("workloadDays", 6.0, "benefit", "SOME",
        "beneficiaries", cpasB.organisation().getEnterpriseNumber().formatted()));
    Jobs.runAll(managementService, pid);
    assertThat(api.get("/api/adaptation-requests/" + requestId, staff).body().get("status").asText()).isEqualTo("ESCALATED");

    Task arbitration = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey("TrancherDemande").singleResult();
    assertThat(taskService.createTaskQuery().taskId(arbitration.getId()).taskCandidateGroup(Groups.UNION_MANAGEMENT).count()).isOne();
    taskService.complete(arbitration.getId(), Map.of("managementDecision", "ACCEPT",
        "managementReason", "Utile à plusieurs CPAS : acceptée malgré la charge."));
    Jobs.runAll(managementService, pid);

    Task work = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey("RealiserAdaptation").singleResult();
    assertThat(work.getDueDate()).isNotNull();
    taskService.complete(work.getId(), Map.of("adaptationPackage", "deliberations-comite-special 1.0",
        "deliveryNotes", "Nouveau modèle dans Séances > Modèles."));
    Jobs.runAll(managementService, pid);

    for (AdaptationFixtures.User user : new AdaptationFixtures.User[] {cpasA, cpasB}) {
      String location = provisioning.findSpace(user.id()).orElseThrow().getLocation();
      JsonNode manifest = json.readTree(Files.readString(server.real().folderOf(location).resolve(Path.of("tools", "deliberations", "manifest.json"))));
      assertThat(manifest.get("settings").get("adaptations").asText()).isEqualTo("deliberations-comite-special 1.0");
      assertThat(manifest.get("settings").get("organisation.tenantId").asText()).isEqualTo(user.tenantId());
    }
    JsonNode delivered = api.get("/api/adaptation-requests/" + requestId, cpasA.presidentUserId()).body();
    assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(delivered.get("beneficiaries").get(0).asText()).isEqualTo(cpasB.organisation().getName());
    assertThat(mails.findByRecipientOrderByCreatedAtDesc(cpasB.presidentEmail()))
        .anyMatch(m -> m.getSubject().startsWith("Nouvelle adaptation") && m.getBody().contains("deliberations-comite-special 1.0"));

    // The adaptation shows next to the Tool and its guide for the User's signatories.
    JsonNode tools = api.get("/api/organisations/" + cpasB.id() + "/tools", cpasB.presidentUserId()).body();
    JsonNode deliberations = null;
    for (JsonNode tool : tools) {
      if (tool.get("code").asText().equals("deliberations")) {
        deliberations = tool;
      }
    }
    assertThat(deliberations).isNotNull();
    assertThat(deliberations.get("adaptations").get(0).asText()).isEqualTo("deliberations-comite-special 1.0");
    assertThat(deliberations.get("userGuideUrl").asText()).isEqualTo("https://www.communesplone.be/outils-serveur/deliberations/guide");

    Task confirmation = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey("ConfirmerAdaptation")
        .taskCandidateUser(cpasA.presidentUserId()).singleResult();
    taskService.complete(confirmation.getId(), Map.of("userResponse", "CONFIRM"));
    Jobs.runAll(managementService, pid);
    assertThat(api.get("/api/adaptation-requests/" + requestId, cpasA.secretaryUserId()).body().get("status").asText()).isEqualTo("CONFIRMED");
  }

  @Test
  void aUserCannotSeeNorFileAnotherUsersRequests() {
    Answer mine = api.post("/api/organisations/" + cpasA.id() + "/adaptation-requests", cpasA.presidentUserId(),
        Map.of("toolCode", "deliberations", "title", "Demande de A", "description", "d", "localNeed", "n"));
    Answer theirs = api.post("/api/organisations/" + cpasB.id() + "/adaptation-requests", cpasB.presidentUserId(),
        Map.of("toolCode", "deliberations", "title", "Demande de B", "description", "d", "localNeed", "n"));
    assertThat(mine.status()).isEqualTo(201);
    assertThat(theirs.status()).isEqualTo(201);
    long theirsId = theirs.body().get("id").asLong();

    Answer forbidden = api.get("/api/adaptation-requests/" + theirsId, cpasA.presidentUserId());
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body().get("message").asText()).isEqualTo("Ces données appartiennent à une autre organisation.");
    JsonNode listed = api.get("/api/adaptation-requests", cpasA.presidentUserId()).body();
    assertThat(listed.findValuesAsText("title")).contains("Demande de A").doesNotContain("Demande de B");
    assertThat(api.post("/api/organisations/" + cpasB.id() + "/adaptation-requests", cpasA.presidentUserId(),
        Map.of("toolCode", "deliberations", "title", "Intrusion", "description", "d", "localNeed", "n")).status()).isEqualTo(403);
    assertThat(api.get("/api/organisations/" + cpasB.id() + "/tools", cpasA.presidentUserId()).status()).isEqualTo(403);

    // Nor through the engine: A's signatory sees no task nor instance of B's request (tenant check, authorizations).
    identityService.setAuthentication(cpasA.presidentUserId(), java.util.List.of(Groups.SIGNATORIES), java.util.List.of(cpasA.tenantId()));
    assertThat(taskService.createTaskQuery().processInstanceId(theirs.body().get("processInstanceId").asText()).count()).isZero();

    // Union staff see both; bad input is answered 400 in French and nothing is saved.
    identityService.clearAuthentication();
    String staff = fixtures.person("agent", Groups.UNION_STAFF);
    assertThat(api.get("/api/adaptation-requests", staff).body().findValuesAsText("title")).contains("Demande de A", "Demande de B");
    Answer bad = api.post("/api/organisations/" + cpasA.id() + "/adaptation-requests", cpasA.presidentUserId(),
        Map.of("toolCode", "deliberations", "title", "", "description", "d", "localNeed", "n"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("message").asText()).isEqualTo("Indiquez l'intitulé.");
  }
}
