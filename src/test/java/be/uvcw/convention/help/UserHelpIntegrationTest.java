package be.uvcw.convention.help;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.adaptation.AdaptationFixtures;
import be.uvcw.convention.adaptation.Api;
import be.uvcw.convention.adaptation.Api.Answer;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Art. 3.4: user guides of the installed Tools, and training sessions whose seats the database limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UserHelpIntegrationTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired FaultInjectingProvisioningPort provisioningFaults;
  @Autowired AdaptationFixtures fixtures;
  @Autowired OutgoingMailRepository mails;
  @Autowired Clock clock;

  private Api api;
  private AdaptationFixtures.User cpas;
  private String staff;

  @BeforeEach
  void setUp() {
    api = new Api(port, json);
    cpas = fixtures.activeCpasWithTools("site-web", "aide-sociale");
    staff = fixtures.person("agent", Groups.UNION_STAFF);
  }

  /** The shared test Server counts calls: leave it as found for the next test class. */
  @AfterEach
  void resetTestServer() {
    provisioningFaults.reset();
  }

  @Test
  void theSignatoriesSeeTheirToolsWithTheUserGuides() {
    Answer tools = api.get("/api/organisations/" + cpas.id() + "/tools", cpas.secretaryUserId());
    assertThat(tools.status()).isEqualTo(200);
    assertThat(tools.body().findValuesAsText("code")).containsExactlyInAnyOrder("site-web", "aide-sociale");
    assertThat(tools.body().findValuesAsText("userGuideUrl")).contains("https://www.communesplone.be/outils-serveur/aide-sociale/guide",
        "https://www.communesplone.be/outils-serveur/site-web/guide");
  }

  @Test
  void registrationsStopAtTheSeatLimit() {
    Answer announced = api.post("/api/training-sessions", staff, Map.of("toolCode", "aide-sociale", "title", "Prise en main des dossiers sociaux",
        "startsAt", LocalDateTime.now(clock).plusDays(30).withNano(0).toString(), "place", "UVCW, rue de l'Étoile 14, Namur", "seats", 2));
    assertThat(announced.status()).isEqualTo(201);
    long session = announced.body().get("id").asLong();
    assertThat(api.post("/api/training-sessions", cpas.presidentUserId(), Map.of("toolCode", "aide-sociale")).status()).isEqualTo(403);

    assertThat(register(session, "Marie Assistante", "marie@cpas.test").status()).isEqualTo(201);
    Answer twice = register(session, "Marie Assistante", "marie@cpas.test");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body().get("message").asText()).isEqualTo("Cette personne est déjà inscrite à cette séance.");
    assertThat(register(session, "Paul Assistant", "paul@cpas.test").status()).isEqualTo(201);
    Answer full = register(session, "Zoé Assistante", "zoe@cpas.test");
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.body().get("message").asText()).isEqualTo("Cette séance de formation est complète.");

    JsonNode listed = api.get("/api/training-sessions", cpas.presidentUserId()).body();
    JsonNode mine = null;
    for (JsonNode s : listed) {
      if (s.get("id").asLong() == session) {
        mine = s;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("seatsLeft").asLong()).isZero();
    assertThat(api.get("/api/training-sessions/" + session + "/registrations", cpas.presidentUserId()).body().findValuesAsText("participantEmail"))
        .containsExactly("marie@cpas.test", "paul@cpas.test");
    assertThat(mails.findByRecipientOrderByCreatedAtDesc("paul@cpas.test")).anyMatch(m -> m.getSubject().contains("Prise en main des dossiers sociaux"));

    AdaptationFixtures.User other = fixtures.activeCpasWithTools("site-web");
    assertThat(api.post("/api/training-sessions/" + session + "/registrations", other.presidentUserId(),
        Map.of("organisationId", cpas.id(), "participantName", "Intrus", "participantEmail", "intrus@cpas.test")).status()).isEqualTo(403);
    assertThat(api.get("/api/training-sessions/" + session + "/registrations", other.presidentUserId()).body()).isEmpty();
  }

  private Answer register(long session, String name, String email) {
    return api.post("/api/training-sessions/" + session + "/registrations", cpas.presidentUserId(),
        Map.of("organisationId", cpas.id(), "participantName", name, "participantEmail", email));
  }
}
