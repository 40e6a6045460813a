package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.notification.SecretLinks;
import be.uvcw.convention.platform.french.FrenchStyle;
import be.uvcw.convention.testsupport.HttpAs;
import be.uvcw.convention.testsupport.Mailbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
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

  private HttpAs http;

  @BeforeEach
  void client() {
    http = new HttpAs(port, json);
  }

  @Test
  void staffSendANewLinkThatWorksWhileTheEarlierOneNoLongerDoes() throws Exception {
    var cpas = organisations.newCpas();
    String staff = HttpAs.unionMember(identity, Groups.UNION_STAFF, PASSWORD);
    String president = cpas.presidentUserId();
    String email = identity.createUserQuery().userId(president).singleResult().getEmail();

    assertThat(http.post("/api/people/" + president + "/access-link", staff, PASSWORD, Map.of()).statusCode()).isEqualTo(202);
    String first = Mailbox.accessLink(new Mailbox(smtp).latest(email, "Votre lien d'accès personnel"));
    HttpResponse<String> second = http.post("/api/people/" + president + "/access-link", staff, PASSWORD, Map.of());
    assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
    JsonNode answer = json.readTree(second.body());
    assertThat(answer.get("destinataire").asText()).isEqualTo(email);
    assertThat(second.body()).doesNotContain("jeton");
    MimeMessage mail = new Mailbox(smtp).latest(email, "Votre lien d'accès personnel");
    String link = Mailbox.accessLink(mail);
    assertThat(link).isNotEqualTo(first).startsWith("http://localhost:" + port + "/activation.html?jeton=");
    assertThat(FrenchStyle.assertFrenchStyle(Mailbox.text(mail))).contains("Votre identifiant : " + president, "une seule fois")
        .containsPattern("valable jusqu'au \\d{1,2}(er)? \\p{L}+ \\d{4} ");

    HttpResponse<String> old = http.activate(Mailbox.token(first), "Un mot de passe bien long");
    assertThat(old.statusCode()).isEqualTo(409);
    assertThat(http.message(old)).contains("remplacé par un lien plus récent");
    HttpResponse<String> fresh = http.activate(Mailbox.token(link), "Un mot de passe bien long");
    assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
    assertThat(identity.checkPassword(president, "Un mot de passe bien long")).isTrue();

    // Only the hash is stored; the journal shows the mail with the link masked, to staff as to the signatory.
    assertThat(jdbc.queryForList("select token_hash from account_activation where user_id = ?", String.class, president))
        .hasSize(2).doesNotContain(Mailbox.token(link), Mailbox.token(first));
    JsonNode journal = json.readTree(http.get("/api/mails?organisationId=" + cpas.organisation().getId(), staff, PASSWORD).body());
    assertThat(journal.toString()).contains(SecretLinks.MASK).doesNotContain(Mailbox.token(link)).doesNotContain("jeton=");
  }

  @Test
  void aUnionPersonGetsALinkToo() throws Exception {
    String staff = HttpAs.unionMember(identity, Groups.UNION_MANAGEMENT, PASSWORD);
    String finance = HttpAs.unionMember(identity, Groups.FINANCE, PASSWORD);
    assertThat(http.post("/api/people/" + finance + "/access-link", staff, PASSWORD, Map.of()).statusCode()).isEqualTo(202);
    assertThat(Mailbox.accessLink(new Mailbox(smtp).latest(finance + "@uvcw.test", "Votre lien d'accès personnel"))).isNotNull();
  }

  @Test
  void onlyStaffAndManagementMaySendAndTheRefusalsSpeakFrench() throws Exception {
    var cpas = organisations.newCpas();
    String staff = HttpAs.unionMember(identity, Groups.UNION_STAFF, PASSWORD);
    String finance = HttpAs.unionMember(identity, Groups.FINANCE, PASSWORD);
    String administrator = HttpAs.unionMember(identity, Groups.ADMIN, PASSWORD);
    HttpAs.setPassword(identity, cpas.presidentUserId(), PASSWORD);

    HttpResponse<String> bySignatory = http.post("/api/people/" + cpas.secretaryUserId() + "/access-link", cpas.presidentUserId(), PASSWORD, Map.of());
    assertThat(bySignatory.statusCode()).isEqualTo(403);
    assertThat(http.message(bySignatory)).contains("Personnel et la Direction");
    assertThat(http.post("/api/people/" + cpas.secretaryUserId() + "/access-link", finance, PASSWORD, Map.of()).statusCode()).isEqualTo(403);
    assertThat(http.anonymous(HttpRequest.newBuilder(http.uri("/api/people/" + cpas.secretaryUserId() + "/access-link"))
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);

    HttpResponse<String> unknown = http.post("/api/people/personne-inconnue/access-link", staff, PASSWORD, Map.of());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(http.message(unknown)).contains("Personne inconnue");
    HttpResponse<String> admin = http.post("/api/people/" + administrator + "/access-link", staff, PASSWORD, Map.of());
    assertThat(admin.statusCode()).isEqualTo(409);
    assertThat(http.message(admin)).contains("administrateur");
  }
}
