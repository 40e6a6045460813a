package be.uvcw.convention.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields of a deployed Camunda Form (.form, form-js schema): the keys a person may submit, and
 * among them the read-only ones, which may come back from Tasklist only with their current value.
 */
public record FormFields(Set<String> keys, Set<String> readOnlyKeys) {

  public static final FormFields NONE = new FormFields(Set.of(), Set.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormFields parse(InputStream schema) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    collect(JSON.readTree(schema), keys, readOnly);
    return new FormFields(Set.copyOf(keys), Set.copyOf(readOnly));
  }

  /** Groups nest their components; text views and buttons have no key. */
  private static void collect(JsonNode node, Set<String> keys, Set<String> readOnly) {
    JsonNode components = node.path("components");
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank() && !"button".equals(component.path("type").asText())) {
        keys.add(key);
        if (isSet(component.path("readonly")) || isSet(component.path("disabled"))) {
          readOnly.add(key);
        }
      }
      collect(component, keys, readOnly);
    }
  }

  /** true, or an expression (form-js "=…"): treated as read-only, the safe side. */
  private static boolean isSet(JsonNode flag) {
    return flag.isBoolean() ? flag.asBoolean() : flag.isTextual() && !flag.asText().isBlank() && !"false".equals(flag.asText());
  }
}
