package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who sees what over HTTP. Signature tasks are stood in for by standalone tasks created with
 * taskService.newTask() in the organisation's tenant and assigned to a signatory: they carry the
 * same authorizations (assignee auto-authorization) as a BPMN user task with camunda:assignee.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessControlTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService taskService;
  @Autowired TestOrganisations organisations;
  @Autowired MailService mailService;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> tasks = new ArrayList<>();
  private TestOrganisations.Cpas cpasA;
  private TestOrganisations.Cpas cpasB;
  private String taskA;
  private String taskB;
  private String lastSessionCookie;

  @BeforeEach
  void twoCpasEachWithASignatureTask() {
    cpasA = organisations.newCpas();
    cpasB = organisations.newCpas();
    setPassword(cpasA.presidentUserId());
    setPassword(cpasB.presidentUserId());
    taskA = signatureTask(cpasA, "Signer la convention (A)");
    taskB = signatureTask(cpasB, "Signer la convention (B)");
  }

  @AfterEach
  void removeTasks() {
    tasks.forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void anonymousCallsToTheEngineRestApiAreRefused() throws Exception {
    assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
  }

  @Test
  void anonymousCallsToTheApplicationApiAreRefusedInFrench() throws Exception {
    HttpResponse<String> response = get("/api/mails", null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(message(response)).startsWith("Authentification requise");
    assertThat(get("/api/mails", basic(cpasA.presidentUserId(), "wrong-password-here")).statusCode()).isEqualTo(401);
  }

  @Test
  void aSignatoryListsOnlyTheirOwnOrganisationsTasks() throws Exception {
    List<String> seen = taskIds(get("/engine-rest/task", basic(cpasA.presidentUserId(), password(cpasA.presidentUserId()))));
    assertThat(seen).contains(taskA).doesNotContain(taskB);
    List<String> seenByB = taskIds(get("/engine-rest/task", basic(cpasB.presidentUserId(), password(cpasB.presidentUserId()))));
    assertThat(seenByB).contains(taskB).doesNotContain(taskA);
  }

  @Test
  void aSignatoryCannotReadNorCompleteAnotherOrganisationsTask() throws Exception {
    String credentials = basic(cpasA.presidentUserId(), password(cpasA.presidentUserId()));
    assertThat(get("/engine-rest/task/" + taskB, credentials).statusCode()).isEqualTo(404);
    HttpResponse<String> completion = post("/engine-rest/task/" + taskB + "/complete", "{}", credentials);
    // Another organisation's task does not exist for them (EngineDoorFilter), whatever the sub-resource.
    assertThat(completion.statusCode()).isEqualTo(404);
    assertThat(completion.body()).contains("n'existe pas");
    assertThat(taskService.createTaskQuery().taskId(taskB).count()).isOne();
  }

  @Test
  void aSignatoryCompletesTheirOwnTask() throws Exception {
    String credentials = basic(cpasA.presidentUserId(), password(cpasA.presidentUserId()));
    assertThat(post("/engine-rest/task/" + taskA + "/complete", "{}", credentials).statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskA).count()).isZero();
    tasks.remove(taskA);
  }

  @Test
  void unionStaffSeeTheTasksOfEveryOrganisation() throws Exception {
    String staff = unionMember(Groups.UNION_STAFF);
    List<String> seen = taskIds(get("/engine-rest/task?assigneeIn=" + cpasA.presidentUserId() + "," + cpasB.presidentUserId(),
        basic(staff, password(staff))));
    assertThat(seen).contains(taskA, taskB);
  }

  @Test
  void aSignatoryCannotOpenCockpitNorAdmin() throws Exception {
    String user = cpasA.presidentUserId();
    assertThat(webappLogin(user, "cockpit").statusCode()).isIn(401, 403);
    assertThat(webappLogin(user, "admin").statusCode()).isIn(401, 403);
    assertThat(webappLogin(user, "tasklist").statusCode()).isEqualTo(200);
  }

  @Test
  void theMailJournalShowsASignatoryOnlyTheirOrganisationsMails() throws Exception {
    String subjectA = "Convention prête (" + UUID.randomUUID() + ")";
    String subjectB = "Convention prête (" + UUID.randomUUID() + ")";
    mailService.send(new Mail("a@cpas.test", subjectA, "Bonjour", cpasA.organisation().getId()));
    mailService.send(new Mail("b@cpas.test", subjectB, "Bonjour", cpasB.organisation().getId()));

    List<String> seenBySignatory = subjects(get("/api/mails", basic(cpasA.presidentUserId(), password(cpasA.presidentUserId()))));
    assertThat(seenBySignatory).contains(subjectA).doesNotContain(subjectB);
    HttpResponse<String> otherOrganisation = get("/api/mails?organisationId=" + cpasB.organisation().getId(),
        basic(cpasA.presidentUserId(), password(cpasA.presidentUserId())));
    assertThat(otherOrganisation.statusCode()).isEqualTo(403);

    String staff = unionMember(Groups.UNION_STAFF);
    List<String> seenByStaff = subjects(get("/api/mails", basic(staff, password(staff))));
    assertThat(seenByStaff).contains(subjectA, subjectB);
    assertThat(seenByStaff.indexOf(subjectB)).isLessThan(seenByStaff.indexOf(subjectA));

    String maintenance = unionMember(Groups.MAINTENANCE);
    HttpResponse<String> refused = get("/api/mails", basic(maintenance, password(maintenance)));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(message(refused)).contains("réservé");
  }

  @Test
  void aTasklistSessionAuthenticatesReadsOnTheApplicationApiButNotUnprotectedWrites() throws Exception {
    String user = cpasA.presidentUserId();
    assertThat(webappLogin(user, "tasklist").statusCode()).isEqualTo(200);
    String cookie = lastSessionCookie;

    HttpResponse<String> read = http.send(HttpRequest.newBuilder(uri("/api/mails")).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);

    HttpResponse<String> write = http.send(HttpRequest.newBuilder(uri("/api/mails")).header("Cookie", cookie)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).as("a cookie alone must not authorize a change (CSRF)").isEqualTo(401);

    // As Tasklist does after login: a request to the webapp gives the new session its CSRF token.
    String token = http.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/")).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> writeWithToken = http.send(HttpRequest.newBuilder(uri("/api/mails")).header("Cookie", cookie)
        .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(writeWithToken.statusCode()).as("authenticated by the session: past the filter, no POST handler").isEqualTo(405);
  }

  @Test
  void errorsOfTheApplicationApiAreFrenchJson() throws Exception {
    String staff = unionMember(Groups.UNION_STAFF);
    HttpResponse<String> unknown = get("/api/nothing-here", basic(staff, password(staff)));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(message(unknown)).startsWith("Cette adresse n'existe pas");
    HttpResponse<String> wrongMethod = post("/api/mails", "{}", basic(staff, password(staff)));
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(message(wrongMethod)).contains("n'est pas permise");
    HttpResponse<String> badParameter = get("/api/mails?organisationId=abc", basic(staff, password(staff)));
    assertThat(badParameter.statusCode()).isEqualTo(400);
    assertThat(message(badParameter)).contains("abc");
  }

  // --- helpers

  private String signatureTask(TestOrganisations.Cpas cpas, String name) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setTenantId(cpas.organisation().getTenantId());
    task.setAssignee(cpas.presidentUserId());
    taskService.saveTask(task);
    tasks.add(task.getId());
    return task.getId();
  }

  private String unionMember(String group) {
    String userId = group + "-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(userId);
    user.setPassword(password(userId));
    identity.saveUser(user);
    identity.createMembership(userId, group);
    return userId;
  }

  private void setPassword(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(password(userId));
    identity.saveUser(user);
  }

  private static String password(String userId) {
    return "pw-" + userId + "-long-enough";
  }

  /** Logs in as the webapp does: a first GET gives the session and its CSRF token, the POST sends both. */
  private HttpResponse<String> webappLogin(String user, String app) throws IOException, InterruptedException {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password(user), StandardCharsets.UTF_8);
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    lastSessionCookie = login.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    return login;
  }

  private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String authorization) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private List<String> taskIds(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json.readTree(response.body()).forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private List<String> subjects(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> subjects = new ArrayList<>();
    json.readTree(response.body()).forEach(mail -> subjects.add(mail.get("subject").asText()));
    return subjects;
  }

  private String message(HttpResponse<String> response) throws IOException {
    JsonNode body = json.readTree(response.body());
    return body.get("message").asText();
  }
}
