package be.uvcw.convention.misuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.error.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MisuseDecisionTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-09-10");

  @Test
  void liftingIsOfferedOnlyWhileSuspendedAndSuspendingOnlyWhileNot() {
    assertThat(MisuseDecision.offered(false)).containsExactlyInAnyOrder("SUSPENDRE", "SIGNALER", "CLORE");
    assertThat(MisuseDecision.offered(true)).containsExactlyInAnyOrder("LEVER", "SIGNALER", "CLORE");
  }

  @ParameterizedTest(name = "{0} while suspended={1} -> refused with « {2} »")
  @CsvSource({
      "LEVER, false, rien à lever",
      "SUSPENDRE, true, déjà suspendu",
      "AUTRE, false, Mesure inconnue",
      "'', false, Choisissez une mesure"})
  void aMeasureTheTaskDoesNotOfferIsRefused(String decision, boolean suspended, String message) {
    assertThatThrownBy(() -> MisuseDecision.check(decision, suspended, null, null, TODAY))
        .isInstanceOf(Refusal.class).hasMessageContaining(message)
        .satisfies(refusal -> assertThat(((Refusal) refusal).status()).isEqualTo(400));
  }

  @ParameterizedTest(name = "report dated {0}, reference « {1} » -> « {2} »")
  @CsvSource({
      "'', PV 12, date du signalement aux autorités judiciaires est obligatoire",
      "2026-09-11, PV 12, dans le futur",
      "2026-09-10, '', référence du signalement",
      "10/09/2026, PV 12, n'est pas une date valide"})
  void aJudicialReportNeedsItsDateAndReference(String date, String reference, String message) {
    assertThatThrownBy(() -> MisuseDecision.check("SIGNALER", false, date, reference, TODAY))
        .isInstanceOf(Refusal.class).hasMessageContaining(message);
  }

  @Test
  void aCompleteReportAndTheOfferedMeasuresPass() {
    MisuseDecision.check("SIGNALER", true, "2026-09-10", "PV NA.12.34.5678/26", TODAY);
    MisuseDecision.check("SUSPENDRE", false, null, null, TODAY);
    MisuseDecision.check("LEVER", true, null, null, TODAY);
    MisuseDecision.check("CLORE", true, null, null, TODAY);
  }
}
