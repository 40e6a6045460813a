package be.uvcw.convention.tooling.request;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToolRequestDecisionTest {

  @Test
  void anApprovalNeedsNoReason() {
    assertThatCode(() -> ToolRequestDecision.check("APPROVE", null)).doesNotThrowAnyException();
  }

  @Test
  void aRefusalNeedsAReasonForTheUser() {
    assertThatThrownBy(() -> ToolRequestDecision.check("REFUSE", "  ")).hasMessage("Indiquez le motif du refus : il est communiqué à l'Utilisateur.");
    assertThatCode(() -> ToolRequestDecision.check("REFUSE", "Réservé aux CPAS.")).doesNotThrowAnyException();
  }

  @Test
  void noDecisionIsRefused() {
    assertThatThrownBy(() -> ToolRequestDecision.check(null, null)).hasMessage("Choisissez d'approuver ou de refuser la demande.");
  }
}
