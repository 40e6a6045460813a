package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.testsupport.HttpAs;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.Mailbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
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
  @Autowired HistoryService history;
  @Autowired GreenMail smtp;
  @Autowired ObjectMapper json;

  private HttpAs http;

  @BeforeEach
  void client() {
    http = new HttpAs(port, json);
  }

  @Test
  void staffPickASignatoryFromTheListAndTheLinkIsMailedToThem() throws Exception {
    var cpas = organisations.newCpas();
    String staff = HttpAs.unionMember(identity, Groups.UNION_STAFF, PASSWORD);
    String email = identity.createUserQuery().userId(cpas.secretaryUserId()).singleResult().getEmail();

    HttpResponse<String> started = http.post("/engine-rest/process-definition/key/access-link/start", staff, PASSWORD,
        Map.of("variables", Map.of("personSearch", Map.of("value", cpas.organisation().getName(), "type", "String"))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String pid = json.readTree(started.body()).get("id").asText();
    JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceId=" + pid + "&assignee=" + staff, staff, PASSWORD).body());
    assertThat(tasks).hasSize(1);
    String task = tasks.get(0).get("id").asText();

    // The select's options: the organisation's two signatories, labelled for a clerk.
    JsonNode variables = json.readTree(http.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false", staff, PASSWORD).body());
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
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
        .isEqualTo("access-link-" + cpas.secretaryUserId());

    assertThat(Mailbox.accessLink(new Mailbox(smtp).latest(email, "Votre lien d'accès personnel")))
        .startsWith("http://localhost:" + port + "/activation.html?jeton=");
  }

  @Test
  void financeAndSignatoriesCannotStartIt() throws Exception {
    var cpas = organisations.newCpas();
    String finance = HttpAs.unionMember(identity, Groups.FINANCE, PASSWORD);
    assertThat(http.post("/engine-rest/process-definition/key/access-link/start", finance, PASSWORD, Map.of()).statusCode()).isEqualTo(403);
    HttpAs.setPassword(identity, cpas.presidentUserId(), PASSWORD);
    assertThat(http.post("/engine-rest/process-definition/key/access-link/start", cpas.presidentUserId(), PASSWORD, Map.of()).statusCode())
        .isIn(403, 404);
  }

  private HttpResponse<String> complete(String user, String taskId, String person) throws Exception {
    return http.post("/engine-rest/task/" + taskId + "/submit-form", user, PASSWORD,
        Map.of("variables", Map.of("personUserId", Map.of("value", person, "type", "String"))));
  }
}
