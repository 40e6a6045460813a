package be.uvcw.convention.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.intrusion.IntrusionReportService;
import be.uvcw.convention.intrusion.IntrusionSeverity;
import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.testsupport.HttpCalls;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 12, through the real filter chain as staff would work in Tasklist: a request never
 * vanishes, every task names its organisation, signature tasks name the signatory's real role,
 * business keys are readable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrganisationInTaskListsTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired IntrusionReportService intrusions;

  HttpCalls http;
  String staff;

  @BeforeEach
  void staffMember() {
    http = new HttpCalls(port);
    staff = HttpCalls.person(identity, Groups.UNION_STAFF, "Claire", "Commis");
  }

  /** What Tasklist's « Demande d'adhésion » start form submits. */
  static Map<String, String> request(String type, String organisationName, String firstEmail, String secondEmail) {
    String digits = TestEnterpriseNumbers.next().digits();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("organisationName", organisationName);
    form.put("enterpriseNumber", digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7));
    form.put("organisationType", type);
    form.put("municipalityName", "Entité " + digits);
    form.put("street", "Place de l'Hôtel de Ville 1");
    form.put("postalCode", "5030");
    form.put("city", "Gembloux");
    form.put("billingEmail", "factures-" + digits + "@org.test");
    form.put("firstSignatoryName", "Martine Première" + digits);
    form.put("firstSignatoryEmail", firstEmail.replace("#", digits));
    form.put("secondSignatoryName", "Olivier Second" + digits);
    form.put("secondSignatoryEmail", secondEmail.replace("#", digits));
    form.put("toolCodes", "[\"site-web\"]");
    form.put("requesterEmail", "demandeur-" + digits + "@org.test");
    return form;
  }

  private String startInTasklist(Map<String, String> form) {
    var started = http.post("/engine-rest/process-definition/key/onboarding/submit-form", staff,
        Map.of("variables", HttpCalls.stringVariables(form)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return http.read(started).get("id").asText();
  }

  private JsonNode onlyTask(String processInstanceId) {
    JsonNode tasks = http.getJson("/engine-rest/task?processInstanceId=" + processInstanceId, staff);
    assertThat(tasks).as("tasks staff see").hasSize(1);
    return tasks.get(0);
  }

  @Test
  void aNewOrganisationsInvalidRequestLandsWhereStaffSeeItAndStaffFinishTheCorrection() {
    String name = "CPAS de Disparue-" + System.nanoTime() % 100000;
    Map<String, String> form = request("CPAS", name, "meme-#@org.test", "meme-#@org.test");
    String pid = startInTasklist(form);

    JsonNode correction = onlyTask(pid);
    assertThat(correction.get("taskDefinitionKey").asText()).isEqualTo("CorrigerDemande");
    assertThat(correction.get("name").asText()).isEqualTo("Corriger la demande — " + name);
    String tenantId = correction.get("tenantId").asText();
    assertThat(http.getJson("/engine-rest/tenant/" + tenantId, staff).get("name").asText()).isEqualTo(name);
    // In staff's own Tasklist filter, and in the count staff see (issue 12: staff counted 3 where admin counted 4).
    String filterId = http.getJson("/engine-rest/filter?name=" + "Demandes%20d'adh%C3%A9sion%20et%20courriers%20%C3%A0%20v%C3%A9rifier", staff)
        .get(0).get("id").asText();
    JsonNode listed = http.getJson("/engine-rest/filter/" + filterId + "/list?maxResults=1000", staff);
    assertThat(listed.findValuesAsText("id")).contains(correction.get("id").asText());

    // Staff correct the second e-mail and send the request again: it reaches « Vérifier la demande ».
    Map<String, String> corrected = new LinkedHashMap<>(form);
    corrected.put("secondSignatoryEmail", "secretaire-" + tenantId + "@org.test");
    corrected.put("correctionDecision", "RESUBMIT");
    var done = http.post("/engine-rest/task/" + correction.get("id").asText() + "/submit-form", staff,
        Map.of("variables", HttpCalls.stringVariables(corrected)));
    assertThat(done.statusCode()).as(done.body()).isIn(200, 204);

    JsonNode review = onlyTask(pid);
    assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("VerifierDemande");
    assertThat(review.get("name").asText()).isEqualTo("Vérifier la demande — " + name);
    JsonNode instance = http.getJson("/engine-rest/process-instance/" + pid, staff);
    // The key stays technical (membership-request-<id>, docs/decisions.md): the organisation is in the task names.
    assertThat(instance.get("businessKey").asText()).matches("membership-request-\\d+");
  }

  @Test
  void aCommunesSignatureTasksAreNamedAfterTheMayorAndTheDirectorGeneral() {
    String name = "Commune de Rôles-" + System.nanoTime() % 100000;
    String pid = startInTasklist(request("COMMUNE", name, "bourgmestre-#@org.test", "dg-#@org.test"));
    JsonNode review = onlyTask(pid);
    var accepted = http.post("/engine-rest/task/" + review.get("id").asText() + "/submit-form", staff,
        Map.of("variables", HttpCalls.stringVariables(Map.of("reviewDecision", "ACCEPT"))));
    assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 204);
    Jobs.runAll(management, pid);

    JsonNode signatures = http.getJson("/engine-rest/task?processInstanceId=" + pid + "&sortBy=name&sortOrder=asc", staff);
    assertThat(signatures.findValuesAsText("name")).containsExactly(
        "Signer la convention (Bourgmestre) — " + name, "Signer la convention (Directeur général) — " + name);
    // Tasklist's search: the default criterion is the task name, so typing the organisation finds its tasks.
    JsonNode found = http.getJson("/engine-rest/task?nameLike=%25" + name.replace(" ", "%20") + "%25", staff);
    assertThat(found).hasSize(2);
    assertThat(runtime.getVariable(pid, "organisationName")).isEqualTo(name);
  }

  @Test
  void aProcessStartedForAnOrganisationGetsItsNameFromItsTenant() {
    // The REST path of an intrusion report records the organisation's id and tenant, not its name: the name is found.
    String name = "CPAS de Signalement-" + System.nanoTime() % 100000;
    String pid = startInTasklist(request("CPAS", name, "p-#@org.test", "s-#@org.test"));
    Long organisationId = CommonVariables.ORGANISATION_ID.get(runtime, pid);
    var report = intrusions.reportAndFollowUp(organisationId, LocalDate.now().minusDays(1),
        "Connexions répétées depuis une adresse inconnue.", IntrusionSeverity.HIGH, staff);
    String intrusion = runtime.createProcessInstanceQuery().variableValueEquals("intrusionReportId", report.getId()).singleResult().getId();
    Jobs.runAll(management, intrusion);
    JsonNode triage = http.getJson("/engine-rest/task?processInstanceId=" + intrusion, staff);
    assertThat(triage).hasSize(1);
    assertThat(triage.get(0).get("name").asText()).isEqualTo("Trier et traiter le signalement — " + name);
  }
}
