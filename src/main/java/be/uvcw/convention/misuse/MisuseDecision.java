package be.uvcw.convention.misuse;

import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.platform.FormValues;
import java.time.LocalDate;
import java.util.Set;

/**
 * The measures Union management may decide in a misuse case (art. 6.11), checked before the task
 * closes: lifting is offered only while access is suspended, suspending only while it is not, and a
 * judicial report needs its date (not in the future) and reference. Pure rules; a refusal is a
 * French 400 and the task stays open.
 */
public final class MisuseDecision {

  public static final String SUSPEND = "SUSPENDRE";
  public static final String REPORT = "SIGNALER";
  public static final String LIFT = "LEVER";
  public static final String CLOSE = "CLORE";

  private MisuseDecision() {}

  /** What the decision form offers: lifting while suspended, suspending otherwise; reporting and closing always. */
  public static Set<String> offered(boolean suspended) {
    return suspended ? Set.of(LIFT, REPORT, CLOSE) : Set.of(SUSPEND, REPORT, CLOSE);
  }

  public static void check(Object decision, boolean suspended, Object reportDate, Object reportReference, LocalDate today) {
    if (decision == null || decision.toString().isBlank()) {
      throw Refusal.badInput("Choisissez une mesure.");
    }
    if (LIFT.equals(decision) && !suspended) {
      throw Refusal.badInput("Aucune suspension n'est en cours : il n'y a rien à lever.");
    }
    if (SUSPEND.equals(decision) && suspended) {
      throw Refusal.badInput("L'accès est déjà suspendu : levez la suspension, signalez aux autorités judiciaires ou clôturez le dossier.");
    }
    if (!offered(suspended).contains(decision.toString())) {
      throw Refusal.badInput("Mesure inconnue : « " + decision + " ».");
    }
    if (REPORT.equals(decision)) {
      LocalDate date;
      try {
        date = FormValues.date(reportDate);
      } catch (IllegalArgumentException e) {
        throw Refusal.badInput(e.getMessage());
      }
      if (date == null) {
        throw Refusal.badInput("La date du signalement aux autorités judiciaires est obligatoire.");
      }
      if (date.isAfter(today)) {
        throw Refusal.badInput("La date du signalement ne peut pas être dans le futur.");
      }
      if (reportReference == null || reportReference.toString().isBlank()) {
        throw Refusal.badInput("La référence du signalement aux autorités judiciaires est obligatoire.");
      }
    }
  }
}
