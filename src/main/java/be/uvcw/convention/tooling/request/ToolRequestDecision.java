package be.uvcw.convention.tooling.request;

import be.uvcw.convention.error.BadInput;

/** What « Examiner la demande d'Outil » must say before it is recorded: a decision, and a reason to refuse. */
final class ToolRequestDecision {

  static final String APPROVE = "APPROVE";
  static final String REFUSE = "REFUSE";

  private ToolRequestDecision() {}

  /** Throws BadInput (400) with the French reason when the decision cannot be recorded. */
  static void check(String decision, String reason) {
    if (REFUSE.equals(decision)) {
      if (reason == null || reason.isBlank()) {
        throw new BadInput("Indiquez le motif du refus : il est communiqué à l'Utilisateur.");
      }
    } else if (!APPROVE.equals(decision)) {
      throw new BadInput("Choisissez d'approuver ou de refuser la demande.");
    }
  }
}
