package be.uvcw.convention.onboarding;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.convention.Signature;
import java.time.LocalDate;

/** What a signatory must say in « Signer la convention » before it is recorded: sign, or refuse with a reason. */
final class SignatoryDecision {

  static final String SIGN = "SIGN";
  static final String REFUSE = "REFUSE";

  private SignatoryDecision() {}

  /** Throws BadInput (400) with the French reason when the decision cannot be recorded. */
  static void check(String decision, String refusalReason) {
    if (REFUSE.equals(decision)) {
      if (refusalReason == null || refusalReason.isBlank()) {
        throw new BadInput("Motif du refus : obligatoire pour refuser de signer (il est communiqué à l'Union).");
      }
    } else if (!SIGN.equals(decision)) {
      throw new BadInput("Décision : choisissez « Je signe la convention » ou « Je refuse de signer ».");
    }
  }

  /**
   * A signature as a person gives it in their task (the signatories' and the Union's): the day
   * defaults to today, is not in the future, and the place is required (French messages).
   */
  static Signature signature(LocalDate given, String place, LocalDate today) {
    LocalDate day = given != null ? given : today;
    if (day.isAfter(today)) {
      throw new BadInput("La date de signature (" + day + ") ne peut pas être dans le futur.");
    }
    return new Signature(day, place);
  }
}
