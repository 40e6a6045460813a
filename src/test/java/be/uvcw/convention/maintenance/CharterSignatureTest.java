package be.uvcw.convention.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CharterSignatureTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Test
  void anAcceptedCharterIsSignedOnTheDayGiven() {
    assertThat(CharterSignature.check(true, "2027-02-28", TODAY)).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void theCharterMustBeAccepted() {
    assertThatThrownBy(() -> CharterSignature.check(false, "2027-02-28", TODAY)).hasMessageContaining("J'ai lu et j'accepte");
  }

  @Test
  void theDayIsRequiredAndNotInTheFuture() {
    assertThatThrownBy(() -> CharterSignature.check(true, null, TODAY)).hasMessage("Indiquez la date de signature.");
    assertThatThrownBy(() -> CharterSignature.check(true, "2027-03-02", TODAY)).hasMessageContaining("dans le futur");
  }
}
