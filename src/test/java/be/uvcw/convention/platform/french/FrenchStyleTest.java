package be.uvcw.convention.platform.french;

import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle;
import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyleIgnoringSpaces;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared check of user-visible texts catches each way of writing a date or an amount the machine's way. */
class FrenchStyleTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Facturation au 2026-07-01", "Total HTVA : 2460.00", "84,37 EUR HTVA", "TVA 21 % : 516,60\u00A0€",
      "Total : 82,00 €", "le 1 mars 2027"})
  void aTextWithAMachineDateOrAmountFails(String text) {
    assertThatThrownBy(() -> assertFrenchStyle(text)).isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Facturation au 1er juillet 2026", "Total HTVA : 2\u00A0460,00\u00A0€", "TVA 21\u00A0% : 516,60\u00A0€",
      "N° d'entreprise : 0207.722.926", "(art. 6.11)", "le 11 mars 2027, version 6.1.2", "Date d'émission : 01/07/2026"})
  void aTextWrittenTheFrenchWayPasses(String text) {
    assertThatCode(() -> assertFrenchStyle(text)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Total : 82,00 €", "TVA 21 % sur 287,00 €"})
  void textReadBackFromAPdfMayHaveOrdinarySpaces(String text) {
    assertThatCode(() -> assertFrenchStyleIgnoringSpaces(text)).doesNotThrowAnyException();
    assertThatThrownBy(() -> assertFrenchStyleIgnoringSpaces(text + " au 2026-07-01")).isInstanceOf(AssertionError.class);
  }
}
