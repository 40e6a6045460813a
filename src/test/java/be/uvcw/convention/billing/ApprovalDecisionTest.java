package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApprovalDecisionTest {

  @Test
  void anApprovalNeedsNoReason() {
    assertThatCode(() -> ApprovalDecision.check("APPROVE", null)).doesNotThrowAnyException();
  }

  @Test
  void aRejectionNeedsAReasonOfFiveCharacters() {
    assertThatThrownBy(() -> ApprovalDecision.check("REJECT", " non ")).hasMessageStartingWith("Motif du rejet : obligatoire");
    assertThatCode(() -> ApprovalDecision.check("REJECT", "Montants à revoir")).doesNotThrowAnyException();
  }

  @Test
  void noDecisionIsRefused() {
    assertThatThrownBy(() -> ApprovalDecision.check("", null)).hasMessage("Décision : choisissez d'approuver ou de rejeter.");
  }
}
