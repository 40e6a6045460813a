package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.notification.SecretLinks;
import be.uvcw.convention.testsupport.Mailbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** POST /api/people/{userId}/access-link over HTTP: who may send, what the person gets, what nobody else sees. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessLinkApiTest {

  static final String PASSWORD = "mot-de-passe-de-test-2026";

  @LocalServerPort int port;
  @Autowired TestOrganisations organisations;
  @Autowired IdentityService identity;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void staffSendANewLinkThatWorksWhileTheEarlierOneNoLongerDoes() throws Exception {
    var cpas = organisations.newCpas();
    String staff = unionMember(Groups.UNION_STAFF);
    String president = cpas.presidentUserId();
    String email = identity.createUserQuery().userId(president).singleResult().getEmail();

    assertThat(post("/api/people/" + president + "/access-link", staff).statusCode()).isEqualTo(202);
    String first = Mailbox.accessLink(new Mailbox(smtp).latest(email, "Votre lien d'accès personnel"));
    HttpResponse<String> second = post("/api/people/" + president + "/access-link", staff);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
    JsonNode answer = json.readTree(second.body());
    assertThat(answer.get("destinataire").asText()).isEqualTo(email);
    assertThat(second.body()).doesNotContain("jeton");
    MimeMessage mail = new Mailbox(smtp).latest(email, "Votre lien d'accès personnel");
    String link = Mailbox.accessLink(mail);
    assertThat(link).isNotEqualTo(first).startsWith("http://localhost:" + port + "/activation.html?jeton=");
    assertThat(Mailbox.text(mail)).contains("Votre identifiant : " + president, "une seule fois");

    HttpResponse<String> old = activate(Mailbox.token(first), "Un mot de passe bien long");
    assertThat(old.statusCode()).isEqualTo(409);
    assertThat(message(old)).contains("remplacé par un lien plus récent");
    HttpResponse<String> fresh = activate(Mailbox.token(link), "Un mot de passe bien long");
    assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
    assertThat(identity.checkPassword(president, "Un mot de passe bien long")).isTrue();

    // Only the hash is stored; the journal shows the mail with the link masked, to staff as to the signatory.
    assertThat(jdbc.queryForList("select token_hash from account_activation where user_id = ?", String.class, president))
        .hasSize(2).doesNotContain(Mailbox.token(link), Mailbox.token(first));
    JsonNode journal = json.readTree(get("/api/mails?organisationId=" + cpas.organisation().getId(), staff).body());
    assertThat(journal.toString()).contains(SecretLinks.MASK).doesNotContain(Mailbox.token(link)).doesNotContain("jeton=");
  }

  @Test
  void aUnionPersonGetsALinkToo() throws Exception {
    String staff = unionMember(Groups.UNION_MANAGEMENT);
    String finance = unionMember(Groups.FINANCE);
    assertThat(post("/api/people/" + finance + "/access-link", staff).statusCode()).isEqualTo(202);
    assertThat(Mailbox.accessLink(new Mailbox(smtp).latest(finance + "@uvcw.test", "Votre lien d'accès personnel"))).isNotNull();
  }

  @Test
  void onlyStaffAndManagementMaySendAndTheRefusalsSpeakFrench() throws Exception {
    var cpas = organisations.newCpas();
    String staff = unionMember(Groups.UNION_STAFF);
    String finance = unionMember(Groups.FINANCE);
    String administrator = unionMember(Groups.ADMIN);
    setPassword(cpas.presidentUserId());

    HttpResponse<String> bySignatory = post("/api/people/" + cpas.secretaryUserId() + "/access-link", cpas.presidentUserId());
    assertThat(bySignatory.statusCode()).isEqualTo(403);
    assertThat(message(bySignatory)).contains("Personnel et la Direction");
    assertThat(post("/api/people/" + cpas.secretaryUserId() + "/access-link", finance).statusCode()).isEqualTo(403);
    assertThat(http.send(HttpRequest.newBuilder(uri("/api/people/" + cpas.secretaryUserId() + "/access-link"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

    HttpResponse<String> unknown = post("/api/people/personne-inconnue/access-link", staff);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(message(unknown)).contains("Personne inconnue");
    HttpResponse<String> admin = post("/api/people/" + administrator + "/access-link", staff);
    assertThat(admin.statusCode()).isEqualTo(409);
    assertThat(message(admin)).contains("administrateur");
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

  private void setPassword(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(PASSWORD);
    identity.saveUser(user);
  }

  private HttpResponse<String> activate(String token, String password) throws Exception {
    String body = json.writeValueAsString(Map.of("jeton", token, "motDePasse", password, "confirmation", password));
    return http.send(HttpRequest.newBuilder(uri("/activation")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String user) throws Exception {
    return http.send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private String message(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).get("message").asText();
  }
}
