package be.uvcw.convention.onboarding;

/** What a signatory must say in « Signer la convention » before it is recorded: sign, or refuse with a reason. */
final class SignatoryDecision {

  static final String SIGN = "SIGN";
  static final String REFUSE = "REFUSE";

  private SignatoryDecision() {}

  /** Throws IllegalArgumentException with the French reason when the decision cannot be recorded. */
  static void check(String decision, String refusalReason) {
    if (REFUSE.equals(decision)) {
      if (refusalReason == null || refusalReason.isBlank()) {
        throw new IllegalArgumentException("Motif du refus : obligatoire pour refuser de signer (il est communiqué à l'Union).");
      }
    } else if (!SIGN.equals(decision)) {
      throw new IllegalArgumentException("Décision : choisissez « Je signe la convention » ou « Je refuse de signer ».");
    }
  }
}
