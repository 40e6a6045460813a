package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Art. 6.7: the person chooses their password through a one-time link; no password travels by e-mail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActivationTest {

  @LocalServerPort int port;
  @Autowired AccountService accounts;
  @Autowired TestOrganisations organisations;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aGoodLinkSetsThePasswordThenTheSignatoryLogsInAndTheLinkIsSpent() throws Exception {
    String user = organisations.newCpas().presidentUserId();
    String token = tokenOf(accounts.issueActivationLink(user, AccountActivation.Purpose.SIGNATORY_ACCOUNT));
    String password = "Un mot de passe solide";

    HttpResponse<String> check = http.send(HttpRequest.newBuilder(uri("/activation/" + token)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(check.statusCode()).isEqualTo(200);
    assertThat(json.readTree(check.body()).get("identifiant").asText()).isEqualTo(user);

    HttpResponse<String> activation = activate(token, password, password);
    assertThat(activation.statusCode()).as(activation.body()).isEqualTo(200);
    assertThat(message(activation)).contains(user);
    assertThat(tasklistLogin(user, password)).isEqualTo(200);

    HttpResponse<String> again = activate(token, "Un autre mot de passe", "Un autre mot de passe");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(message(again)).contains("déjà été utilisé");
    assertThat(tasklistLogin(user, password)).as("the first password still holds").isEqualTo(200);
  }

  @Test
  void aTooShortPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
    String user = organisations.newCpas().secretaryUserId();
    String token = tokenOf(accounts.issueActivationLink(user, AccountActivation.Purpose.SIGNATORY_ACCOUNT));
    HttpResponse<String> tooShort = activate(token, "court", "court");
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(message(tooShort)).contains("au moins 12 caractères");
    assertThat(activate(token, "Assez long maintenant", "Assez long maintenant").statusCode()).isEqualTo(200);
  }

  @Test
  void twoDifferentPasswordsAreRefused() throws Exception {
    String user = organisations.newCpas().secretaryUserId();
    String token = tokenOf(accounts.issueActivationLink(user, AccountActivation.Purpose.SIGNATORY_ACCOUNT));
    HttpResponse<String> mismatch = activate(token, "Premier mot de passe", "Second mot de passe");
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(message(mismatch)).contains("ne sont pas identiques");
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    String user = organisations.newCpas().presidentUserId();
    String token = tokenOf(accounts.issueActivationLink(user, AccountActivation.Purpose.SIGNATORY_ACCOUNT));
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(AccountService.ACTIVATION_VALIDITY).plus(Duration.ofMinutes(1))));
    HttpResponse<String> expired = activate(token, "Un mot de passe solide", "Un mot de passe solide");
    assertThat(expired.statusCode()).isEqualTo(409);
    assertThat(message(expired)).contains("expiré");
  }

  @Test
  void anUnknownLinkIsRefused() throws Exception {
    HttpResponse<String> unknown = activate("0123456789abcdef", "Un mot de passe solide", "Un mot de passe solide");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(message(unknown)).contains("inconnu");
  }

  @Test
  void theActivationPageIsPublicAndInFrench() throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/activation.html?jeton=abc")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Activation de votre compte").contains("activation.js");
  }

  private HttpResponse<String> activate(String token, String password, String confirmation) throws Exception {
    String body = json.writeValueAsString(Map.of("jeton", token, "motDePasse", password, "confirmation", confirmation));
    return http.send(HttpRequest.newBuilder(uri("/activation")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Basic login on the engine's REST API (the same users as Tasklist). */
  private int tasklistLogin(String user, String password) throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(uri("/engine-rest/task")).header("Authorization", basic).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private String message(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).get("message").asText();
  }

  private static String tokenOf(String link) {
    return link.substring(link.indexOf("jeton=") + "jeton=".length());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
