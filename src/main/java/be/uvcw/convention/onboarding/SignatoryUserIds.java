package be.uvcw.convention.onboarding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Camunda user ids for signatories, readable in Tasklist and Cockpit: "Anne-Marie Dupont" becomes
 * "anne-marie.dupont"; when taken, "anne-marie.dupont-2", "-3", … Pure rule.
 */
public final class SignatoryUserIds {

  static final int MAX_LENGTH = 60;

  private SignatoryUserIds() {}

  /** "prenom.nom" from a full name: accents removed, lower case, only letters, digits, dots and hyphens. */
  public static String base(String fullName) {
    String ascii = Normalizer.normalize(fullName.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String[] words = ascii.replaceAll("[^a-z0-9 -]", " ").trim().split("\\s+");
    StringBuilder id = new StringBuilder();
    for (String word : words) {
      String cleaned = word.replaceAll("-+", "-").replaceAll("(^-|-$)", "");
      if (cleaned.isEmpty()) {
        continue;
      }
      if (id.length() > 0) {
        id.append('.');
      }
      id.append(cleaned);
    }
    String result = id.length() == 0 ? "signataire" : id.toString();
    return result.length() > MAX_LENGTH - 4 ? result.substring(0, MAX_LENGTH - 4).replaceAll("[.-]+$", "") : result;
  }

  /** The base id, or the first free one with a numeric suffix. */
  public static String unique(String fullName, Predicate<String> taken) {
    String base = base(fullName);
    if (!taken.test(base)) {
      return base;
    }
    for (int n = 2; n < 1000; n++) {
      String candidate = base + "-" + n;
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Aucun identifiant libre pour « " + fullName + " ».");
  }
}
