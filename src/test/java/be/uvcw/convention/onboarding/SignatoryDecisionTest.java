package be.uvcw.convention.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SignatoryDecisionTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Test
  void aSignatorySignsOrRefusesWithAReason() {
    assertThatCode(() -> SignatoryDecision.check("SIGN", null)).doesNotThrowAnyException();
    assertThatThrownBy(() -> SignatoryDecision.check("REFUSE", " ")).hasMessageStartingWith("Motif du refus");
    assertThatThrownBy(() -> SignatoryDecision.check(null, null)).hasMessageStartingWith("Décision");
  }

  @Test
  void aSignatureWithoutADayIsDatedTodayAndOneGivenIsKept() {
    assertThat(SignatoryDecision.signature(null, "Namur", TODAY).date()).isEqualTo(TODAY);
    assertThat(SignatoryDecision.signature(TODAY.minusDays(1), "Namur", TODAY).date()).isEqualTo(TODAY.minusDays(1));
  }

  @Test
  void aSignatureIsNeverInTheFutureAndNamesItsPlace() {
    assertThatThrownBy(() -> SignatoryDecision.signature(TODAY.plusDays(1), "Namur", TODAY)).hasMessageContaining("futur");
    assertThatThrownBy(() -> SignatoryDecision.signature(null, " ", TODAY)).hasMessageContaining("lieu");
  }
}
