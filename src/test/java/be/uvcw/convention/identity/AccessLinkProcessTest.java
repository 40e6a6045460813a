package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.Mailbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** « Envoyer un lien d'accès » from Tasklist's REST: staff search, pick the person from the offered list, the mail goes out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessLinkProcessTest {

  static final String PASSWORD = "mot-de-passe-de-test-2026";

  @LocalServerPort int port;
  @Autowired TestOrganisations organisations;
  @Autowired IdentityService identity;
  @Autowired ManagementService managementService;
  @Autowired GreenMail smtp;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void staffPickASignatoryFromTheListAndTheLinkIsMailedToThem() throws Exception {
    var cpas = organisations.newCpas();
    String staff = unionMember(Groups.UNION_STAFF);
    String email = identity.createUserQuery().userId(cpas.secretaryUserId()).singleResult().getEmail();

    HttpResponse<String> started = post("/engine-rest/process-definition/key/access-link/start", staff,
        Map.of("variables", Map.of("personSearch", Map.of("value", cpas.organisation().getName(), "type", "String"))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String pid = json.readTree(started.body()).get("id").asText();
    JsonNode tasks = json.readTree(get("/engine-rest/task?processInstanceId=" + pid + "&assignee=" + staff, staff).body());
    assertThat(tasks).hasSize(1);
    String task = tasks.get(0).get("id").asText();

    // The select's options: the organisation's two signatories, labelled for a clerk.
    JsonNode variables = json.readTree(get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false", staff).body());
    JsonNode candidates = variables.get("accessLinkCandidates");
    assertThat(candidates.get("type").asText()).as(candidates.toString()).isEqualTo("Json");
    JsonNode value = candidates.get("value");
    JsonNode options = value.isTextual() ? json.readTree(value.asText()) : value;
    assertThat(options).hasSize(2);
    assertThat(options.toString()).contains(cpas.secretaryUserId(), cpas.organisation().getName(), "Secrétaire");

    HttpResponse<String> notOffered = complete(staff, task, "quelqu-un-d-autre");
    assertThat(notOffered.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(notOffered.body()).contains("choisissez une personne de la liste");
    assertThat(complete(staff, task, cpas.secretaryUserId()).statusCode()).isEqualTo(204);
    Jobs.runAll(managementService, pid);

    assertThat(Mailbox.accessLink(new Mailbox(smtp).latest(email, "Votre lien d'accès personnel")))
        .startsWith("http://localhost:" + port + "/activation.html?jeton=");
  }

  @Test
  void financeAndSignatoriesCannotStartIt() throws Exception {
    var cpas = organisations.newCpas();
    String finance = unionMember(Groups.FINANCE);
    assertThat(post("/engine-rest/process-definition/key/access-link/start", finance, Map.of()).statusCode()).isEqualTo(403);
    User president = identity.createUserQuery().userId(cpas.presidentUserId()).singleResult();
    president.setPassword(PASSWORD);
    identity.saveUser(president);
    assertThat(post("/engine-rest/process-definition/key/access-link/start", cpas.presidentUserId(), Map.of()).statusCode())
        .isIn(403, 404);
  }

  private HttpResponse<String> complete(String user, String taskId, String person) throws Exception {
    return post("/engine-rest/task/" + taskId + "/submit-form", user,
        Map.of("variables", Map.of("personUserId", Map.of("value", person, "type", "String"))));
  }

  private String unionMember(String group) {
    String id = group + "-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(group);
    user.setEmail(id + "@uvcw.test");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private HttpResponse<String> post(String path, String user, Object body) throws Exception {
    return http.send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic);
  }
}
