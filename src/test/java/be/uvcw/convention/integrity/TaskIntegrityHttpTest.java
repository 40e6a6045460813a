package be.uvcw.convention.integrity;

import static be.uvcw.convention.integrity.EngineHttp.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.onboarding.MembershipRequest;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 8's attacks on the signatures, repeated over HTTP through the real filter chain with a CPAS
 * whose people exist nowhere but here (accounts made by the onboarding itself), and now refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskIntegrityHttpTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  EngineHttp http;
  String staff;
  String direction;

  @BeforeEach
  void people() {
    http = new EngineHttp(port, identity);
    staff = http.person(Groups.UNION_STAFF, null);
    direction = http.person(Groups.UNION_MANAGEMENT, null);
  }

  /** A CPAS onboarded through /api up to its two signature tasks. */
  record Signing(long conventionId, String pid, String tenantId, String president, String secretary, String presidentTask,
                 String secretaryTask) {}

  Signing signing() throws Exception {
    String digits = TestEnterpriseNumbers.next().digits();
    String number = digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    MembershipRequest request = new MembershipRequest("CPAS de Somme-Leuze " + digits, number, "CPAS", "Somme-Leuze " + digits,
        "Rue du Centre 1", "5377", "Somme-Leuze", "factures-" + digits + "@cpas.test", "Claire Marchal" + digits,
        "claire-" + digits + "@cpas.test", "Paul Jadot" + digits, "paul-" + digits + "@cpas.test", List.of("site-web"),
        "agent-" + digits + "@uvcw.test");
    HttpResponse<String> created = http.post("/api/membership-requests", staff, request);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode ids = http.json(created);
    String pid = ids.get("processInstanceId").asText();
    String review = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("VerifierDemande").singleResult().getId();
    assertThat(http.post("/engine-rest/task/" + review + "/complete", staff, variables("reviewDecision", "String", "ACCEPT"))
        .statusCode()).isEqualTo(204);
    Jobs.runAll(management, pid);
    String president = ids.get("presidentUserId").asText();
    String secretary = ids.get("secretaryUserId").asText();
    http.setPassword(president);
    http.setPassword(secretary);
    return new Signing(ids.get("conventionId").asLong(), pid, ids.get("tenantId").asText(), president, secretary,
        task(pid, "SignerPresident"), task(pid, "SignerSecretaire"));
  }

  private String task(String pid, String key) {
    return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult().getId();
  }

  private void assertRefused(HttpResponse<String> response, int status, String... words) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    String message = http.message(response);
    assertThat(message).isNotBlank().doesNotContain("ENGINE-", "Exception", "java.");
    for (String word : words) {
      assertThat(message).contains(word);
    }
  }

  @Test
  void aSignatoryCannotRewriteWhichConventionTheirTaskSigns() throws Exception {
    Signing namur = signing();
    Signing gembloux = signing();
    String task = "/engine-rest/task/" + namur.presidentTask();

    assertRefused(http.put(task + "/variables/conventionId", namur.president(), Map.of("value", gembloux.conventionId(), "type", "Long")),
        403, "formulaire");
    assertRefused(http.post(task + "/variables", namur.president(),
        Map.of("modifications", Map.of("documentUrl", Map.of("value", "https://ailleurs.test/faux.docx", "type", "String")))), 403);
    assertRefused(http.put(task + "/localVariables/conventionId", namur.president(), Map.of("value", gembloux.conventionId(), "type", "Long")),
        403);
    assertRefused(http.delete(task + "/variables/conventionId", namur.president()), 403);

    // Extra fields with the completion: refused (400, French, naming them), the task stays open.
    HttpResponse<String> extra = http.post(task + "/submit-form", namur.president(), variables(
        "presidentDecision", "String", "SIGN", "presidentSignedPlace", "String", "Namur",
        "conventionId", "Long", gembloux.conventionId(), "documentUrl", "String", "https://ailleurs.test/faux.docx"));
    assertRefused(extra, 400, "conventionId", "documentUrl", "ne font pas partie du formulaire");
    assertRefused(http.post(task + "/complete", namur.president(), variables(
        "presidentDecision", "String", "SIGN", "presidentSignedPlace", "String", "Namur", "tenantId", "String", gembloux.tenantId())),
        400, "tenantId");

    assertThat(runtime.getVariable(namur.pid(), "conventionId")).isEqualTo(namur.conventionId());
    assertThat(tasks.createTaskQuery().taskId(namur.presidentTask()).count()).isOne();
    assertThat(jdbc.queryForObject("select president_signed_on from convention where id = ?", LocalDate.class, gembloux.conventionId()))
        .isNull();

    // With only the form's fields the signature lands on the President's own convention.
    assertThat(http.post(task + "/submit-form", namur.president(), variables(
        "presidentDecision", "String", "SIGN", "presidentSignedPlace", "String", "Namur")).statusCode()).isEqualTo(204);
    Jobs.runAll(management, namur.pid()); // « Enregistrer la décision du premier signataire »
    assertThat(jdbc.queryForObject("select president_signed_on from convention where id = ?", LocalDate.class, namur.conventionId()))
        .isNotNull();
    assertThat(jdbc.queryForObject("select president_signed_on from convention where id = ?", LocalDate.class, gembloux.conventionId()))
        .isNull();
  }

  @Test
  void aSignatoryCannotHandTheirSignatureToTheCoSignatoryNorTakeTheirs() throws Exception {
    Signing cpas = signing();
    String task = "/engine-rest/task/" + cpas.presidentTask();
    assertRefused(http.post(task + "/assignee", cpas.president(), Map.of("userId", cpas.secretary())), 403);
    assertRefused(http.post(task + "/delegate", cpas.president(), Map.of("userId", cpas.secretary())), 403);
    assertRefused(http.post(task + "/unclaim", cpas.president(), Map.of()), 403);
    assertRefused(http.post(task + "/identity-links", cpas.president(), Map.of("userId", cpas.secretary(), "type", "candidate")), 403);
    assertRefused(http.put(task, cpas.president(), Map.of("name", "Autre", "assignee", cpas.secretary())), 403);
    // The co-signatory's task is not theirs to see, claim or complete: 404 like any unknown task.
    String other = "/engine-rest/task/" + cpas.secretaryTask();
    assertRefused(http.post(other + "/claim", cpas.president(), Map.of("userId", cpas.president())), 404, "n'existe pas");
    assertRefused(http.post(other + "/complete", cpas.president(), Map.of()), 404);
    assertThat(tasks.createTaskQuery().taskId(cpas.presidentTask()).singleResult().getAssignee()).isEqualTo(cpas.president());

    // The engine itself refuses it too (TASK_WORK, not UPDATE), whatever door calls it.
    identity.setAuthentication(cpas.president(), List.of(Groups.SIGNATORIES), List.of(cpas.tenantId()));
    try {
      assertThatThrownBy(() -> tasks.setAssignee(cpas.presidentTask(), cpas.secretary())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> tasks.setVariable(cpas.presidentTask(), "conventionId", 1L)).isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void staffCannotSignForASignatoryNorCountersignForTheDirection() throws Exception {
    Signing cpas = signing();
    assertRefused(http.post("/engine-rest/task/" + cpas.secretaryTask() + "/complete", staff,
        variables("secretaryDecision", "String", "SIGN", "secretarySignedPlace", "String", "Namur")), 403, "ne vous est pas destinée");
    assertRefused(http.post("/engine-rest/task/" + cpas.secretaryTask() + "/claim", staff, Map.of("userId", staff)), 403);
    assertRefused(http.post("/engine-rest/task/" + cpas.secretaryTask() + "/assignee", staff, Map.of("userId", staff)), 403);

    assertThat(http.post("/engine-rest/task/" + cpas.presidentTask() + "/complete", cpas.president(),
        variables("presidentDecision", "String", "SIGN", "presidentSignedPlace", "String", "Namur")).statusCode()).isEqualTo(204);
    assertThat(http.post("/engine-rest/task/" + cpas.secretaryTask() + "/complete", cpas.secretary(),
        variables("secretaryDecision", "String", "SIGN", "secretarySignedPlace", "String", "Namur")).statusCode()).isEqualTo(204);
    Jobs.runAll(management, cpas.pid()); // « Enregistrer la décision … » of both signatories
    String countersign = task(cpas.pid(), "ContresignerConvention");
    assertRefused(http.post("/engine-rest/task/" + countersign + "/complete", staff, variables("unionSignedPlace", "String", "Namur")), 403);
    assertRefused(http.post("/engine-rest/task/" + countersign + "/claim", staff, Map.of("userId", staff)), 403);
    // Direction completes it without claiming.
    assertThat(http.post("/engine-rest/task/" + countersign + "/complete", direction, variables("unionSignedPlace", "String", "Namur"))
        .statusCode()).isEqualTo(204);
  }

  @Test
  void financeApprovalAndDirectionsIndexationApprovalAreTheirsAloneAndNameWhoApproved() throws Exception {
    String finance = http.person(Groups.FINANCE, null);
    // Staff may not start fee-indexation (nor billing-run) through /engine-rest; finance may.
    Map<String, Object> proposal = variables("healthIndex", "Double", 130.5, "baseIndex", "Double", 125.0,
        "effectiveFrom", "String", "2099-01-01");
    assertRefused(http.post("/engine-rest/process-definition/key/fee-indexation/submit-form", staff, proposal), 403);
    assertRefused(http.post("/engine-rest/process-definition/key/billing-run/submit-form", staff,
        variables("billingDate", "String", "2027-01-01")), 403);
    HttpResponse<String> started = http.post("/engine-rest/process-definition/key/fee-indexation/submit-form", finance, proposal);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String pid = http.json(started).get("id").asText();
    String approval = task(pid, "ApprouverIndexation");

    assertRefused(http.post("/engine-rest/task/" + approval + "/complete", staff, variables("decision", "String", "APPROVE")), 403);
    // Finance proposed; it does not even see Direction's task (no task READ outside its own group's).
    assertRefused(http.post("/engine-rest/task/" + approval + "/complete", finance, variables("decision", "String", "APPROVE")), 404);
    // A rejection without its reason is refused in French by the complete listener: the task stays open, nothing recorded.
    assertRefused(http.post("/engine-rest/task/" + approval + "/complete", direction, variables("decision", "String", "REJECT")),
        400, "Motif du rejet");
    assertThat(task(pid, "ApprouverIndexation")).isEqualTo(approval);
    assertThat(runtime.getVariable(pid, "ApprouverIndexationBy")).isNull();
    HttpResponse<String> approved = http.post("/engine-rest/task/" + approval + "/complete", direction,
        variables("decision", "String", "APPROVE"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    // Completed without claiming: the approver is still named (the authenticated user), never null.
    assertThat(runtime.getVariable(pid, "ApprouverIndexationBy")).isEqualTo(direction);
    runtime.deleteProcessInstance(pid, "test: the fee schedule is shared by other tests");
  }

  @Test
  void internalProcessesAreStartedByNobodyByHand() throws Exception {
    String admin = "admin";
    for (String key : List.of("convention-lifecycle", "billing-run-schedule", "quota-check")) {
      assertRefused(http.post("/engine-rest/process-definition/key/" + key + "/start", staff, Map.of()), 403, "démarré par l'application");
      assertThat(runtimeCount(key)).isZero();
    }
    HttpResponse<String> asAdmin = http.send(http.request("/engine-rest/process-definition/key/convention-lifecycle/start", null)
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((admin + ":admin-test-password").getBytes()))
        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    assertRefused(asAdmin, 403, "démarré par l'application");
    // Tasklist offers only what the caller may start.
    JsonNode startable = http.json(http.get("/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true", staff));
    List<String> keys = startable.findValuesAsText("key");
    // Organisation-scoped processes start from the register with the organisation preset (docs/webapps.md).
    assertThat(keys).contains("onboarding").doesNotContain("billing-run", "fee-indexation",
        "convention-lifecycle", "quota-check", "billing-run-schedule", "non-renewal-notice");
  }

  private long runtimeCount(String key) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
  }

  @Test
  void anotherOrganisationsTaskIsNotFoundWhateverTheSubResource() throws Exception {
    Signing mine = signing();
    Signing theirs = signing();
    String task = "/engine-rest/task/" + theirs.presidentTask();
    for (String sub : List.of("", "/variables", "/variables/conventionId", "/form-variables", "/localVariables", "/identity-links",
        "/deployed-form", "/form", "/comment", "/attachment")) {
      assertRefused(http.get(task + sub, mine.president()), 404, "n'existe pas");
    }
    assertRefused(http.put(task + "/variables/conventionId", mine.president(), Map.of("value", 1, "type", "Long")), 404);
    assertRefused(http.get("/engine-rest/process-instance/" + theirs.pid() + "/variables", mine.president()), 404);
    // Their own task is there.
    assertThat(http.get("/engine-rest/task/" + mine.presidentTask() + "/form-variables", mine.president()).statusCode()).isEqualTo(200);
  }

  @Test
  void listenersRefusalsAreFrench400sAndTheTaskStaysOpen() throws Exception {
    Signing cpas = signing();
    String submit = "/engine-rest/task/" + cpas.presidentTask() + "/submit-form";
    String tomorrow = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1).toString();
    assertRefused(http.post(submit, cpas.president(), variables("presidentDecision", "String", "SIGN",
        "presidentSignedOn", "String", tomorrow, "presidentSignedPlace", "String", "Namur")), 400, "futur");
    assertRefused(http.post(submit, cpas.president(), variables("presidentDecision", "String", "SIGN")), 400, "lieu");
    assertRefused(http.post(submit, cpas.president(), variables("presidentSignedPlace", "String", "Namur")), 400, "Décision");
    assertRefused(http.post(submit, cpas.president(), variables("presidentDecision", "String", "REFUSE")), 400, "Motif");
    assertThat(tasks.createTaskQuery().taskId(cpas.presidentTask()).count()).isOne();
  }

  @Test
  void tasklistsDoorObeysTheSameRule() throws Exception {
    Signing cpas = signing();
    EngineHttp.Session session = http.tasklistLogin(cpas.president());
    HttpResponse<String> extra = http.webappPost(session, "/task/" + cpas.presidentTask() + "/submit-form", variables(
        "presidentDecision", "String", "SIGN", "presidentSignedPlace", "String", "Namur", "conventionId", "Long", 1));
    assertRefused(extra, 400, "conventionId");
    assertRefused(http.webappPost(session, "/task/" + cpas.presidentTask() + "/assignee", Map.of("userId", cpas.secretary())), 403);
    assertRefused(http.webappPost(session, "/task/" + cpas.secretaryTask() + "/complete", Map.of()), 404);
    HttpResponse<String> signed = http.webappPost(session, "/task/" + cpas.presidentTask() + "/submit-form", variables(
        "presidentDecision", "String", "SIGN", "presidentSignedPlace", "String", "Namur"));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
  }
}
