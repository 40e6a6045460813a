package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our fr.json must carry every key of the webjar's en.json: with French as the fallback locale, a
 * missing key would show as a raw key (this catches a Camunda upgrade that adds labels).
 */
class WebappFrenchTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0}: every English label has a French entry")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelOfTheWebjarIsInTheFrenchFile(String app) throws IOException {
    JsonNode english = read(APP + app + "/locales/en.json").get("labels");
    JsonNode french = read(APP + app + "/locales/fr.json").get("labels");
    List<String> missing = new ArrayList<>();
    english.fieldNames().forEachRemaining(key -> {
      if (!french.has(key)) {
        missing.add(key);
      }
    });
    assertThat(missing).isEmpty();
  }

  @ParameterizedTest(name = "{0}: French first, English available")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesFrenchTheFallback(String app) throws IOException {
    String config = text(APP + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['fr', 'en']").contains("fallbackLocale: 'fr'");
  }

  @ParameterizedTest(name = "tasklist {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "CLAIM_TASK|Prendre en charge", "COMPLETE|Terminer", "PAGE_LOGIN_SIGN_IN_ACTION|Se connecter",
      "FILTERS|Filtres", "START_PROCESS|Démarrer un processus", "NO_MATCHING_TASK|Aucune tâche ne correspond à ce filtre."})
  void tasklistSpeaksFrench(String key, String french) throws IOException {
    assertThat(read(APP + "tasklist/locales/fr.json").get("labels").get(key).asText()).isEqualTo(french);
  }

  private JsonNode read(String resource) throws IOException {
    return json.readTree(text(resource).replace("\uFEFF", ""));
  }

  private String text(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
