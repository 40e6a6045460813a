package be.uvcw.convention.error;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.adaptation.AdaptationFixtures;
import be.uvcw.convention.adaptation.Api;
import be.uvcw.convention.adaptation.Api.Answer;
import be.uvcw.convention.error.web.ErrorBody;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.onboarding.MembershipRequest;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** One error model over HTTP, through the real filters: one body, French messages, the right status, no internals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ErrorModelHttpTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired AdaptationFixtures fixtures;
  @Autowired TaskService tasks;

  Api api;
  String staff;

  @BeforeEach
  void people() {
    api = new Api(port, json);
    staff = fixtures.person("agent", Groups.UNION_STAFF);
  }

  private static void assertAnswer(Answer answer, int status, String message) {
    assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
    assertThat(answer.body().path("status").asInt()).isEqualTo(status);
    assertThat(answer.body().path("message").asText()).contains(message).doesNotContain("Exception", "java.", "ENGINE-");
  }

  private Answer announce(int seats) {
    return api.post("/api/training-sessions", staff, Map.of("toolCode", "site-web", "title", "Prise en main",
        "startsAt", LocalDateTime.now().plusMonths(2).withNano(0).toString(), "place", "Namur", "seats", seats));
  }

  @Test
  void badInputIs400WithTheRulesFrenchMessage() {
    assertAnswer(announce(0), 400, "Le nombre de places doit être compris entre 1 et 500.");
  }

  @Test
  void forbiddenIs403() {
    AdaptationFixtures.User cpas = fixtures.activeCpasWithTools("site-web");
    assertAnswer(api.post("/api/training-sessions", cpas.presidentUserId(), Map.of("title", "x")), 403,
        "Vous n'avez pas accès à cette fonction.");
  }

  @Test
  void notFoundIs404() {
    assertAnswer(api.get("/api/organisations/987654321/space", staff), 404, "Organisation inconnue (n° 987654321).");
  }

  @Test
  void conflictIs409() {
    AdaptationFixtures.User cpas = fixtures.activeCpasWithTools("site-web");
    long session = announce(10).body().path("id").asLong();
    var participant = Map.of("organisationId", cpas.id(), "participantName", "Anne Lambert", "participantEmail", "anne@cpas.test");
    assertThat(api.post("/api/training-sessions/" + session + "/registrations", staff, participant).status()).isEqualTo(201);
    assertAnswer(api.post("/api/training-sessions/" + session + "/registrations", staff, participant), 409,
        "Cette personne est déjà inscrite à cette séance.");
  }

  @Test
  void springsOwnRefusalsAreSaidInFrenchInTheSameBody() {
    assertAnswer(api.get("/api/organisations/abc/space", staff), 400, "La valeur « abc » ne convient pas pour « organisationId ».");
    assertAnswer(api.post("/api/training-sessions", staff, "pas un objet"), 400, "La requête est illisible");
    assertAnswer(api.delete("/api/training-sessions", staff), 405, "La méthode DELETE n'est pas permise à cette adresse.");
    assertAnswer(api.get("/api/adresse-inconnue", staff), 404, "Cette adresse n'existe pas");
  }

  @Test
  void anUnexpectedFailureIs500WithAGenericFrenchMessageAndItsStackInTheLog(CapturedOutput log) {
    Answer answer = api.get("/api/test-failure", staff);
    assertAnswer(answer, 500, ErrorBody.INTERNAL);
    assertThat(answer.body().toString()).doesNotContain("secret", "invoice", "postgresql", "IllegalState");
    assertThat(log.getOut()).contains("ERROR").contains("GET /api/test-failure failed")
        .contains("java.lang.IllegalStateException: secret: column invoice.total_excl_vat");
  }

  @Test
  void aRefusedCompletionThroughEngineRestIs400TheTaskStaysOpenAndNoStackTraceIsLogged(CapturedOutput log) {
    String digits = TestEnterpriseNumbers.next().digits();
    String number = digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    Answer created = api.post("/api/membership-requests", staff, new MembershipRequest("CPAS de Gesves " + digits, number, "CPAS",
        "Gesves " + digits, "Chaussée de Gramptinne 112", "5340", "Gesves", "factures-" + digits + "@cpas.test",
        "Claire Marchal" + digits, "claire-" + digits + "@cpas.test", "Paul Jadot" + digits, "paul-" + digits + "@cpas.test",
        List.of("site-web"), "agent-" + digits + "@uvcw.test"));
    assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
    String pid = created.body().path("processInstanceId").asText();
    String review = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("VerifierDemande").singleResult().getId();
    int before = log.getOut().length();

    Answer refused = api.post("/engine-rest/task/" + review + "/complete", staff, Map.of("variables", Map.of()));

    assertAnswer(refused, 400, "Décision : choisissez « Accepter la demande » ou « Refuser la demande ».");
    assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();
    String logged = log.getOut().substring(before);
    assertThat(logged).contains("Refused (400): Décision").doesNotContain("ENGINE-16004", "ENGINE-REST-HTTP500", "\tat org.camunda");
  }

  @Test
  void aBrowserAskingForAMissingPageGetsTheFrenchPageIntrouvable() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/activation-inconnue.html")).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<h1>Page introuvable</h1>", "erreur 404").doesNotContain("Whitelabel", "Not Found");
  }
}
