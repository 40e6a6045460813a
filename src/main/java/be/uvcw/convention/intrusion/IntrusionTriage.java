package be.uvcw.convention.intrusion;

import be.uvcw.convention.error.Refusal;
import java.util.Arrays;

/** What « Trier et traiter le signalement » must say before it is recorded: a severity from the list and the actions taken. */
final class IntrusionTriage {

  private IntrusionTriage() {}

  /** Throws a Refusal (400) with the French reason when the triage cannot be recorded. */
  static void check(Object severity, Object actions) {
    if (severity == null || Arrays.stream(IntrusionSeverity.values()).noneMatch(s -> s.name().equals(severity.toString()))) {
      throw Refusal.badInput("Gravité retenue : choisissez une gravité de la liste.");
    }
    if (actions == null || actions.toString().isBlank()) {
      throw Refusal.badInput("Actions entreprises : obligatoires pour clore le signalement (elles sont communiquées à l'Utilisateur).");
    }
  }
}
