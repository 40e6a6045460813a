package be.uvcw.convention.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0207.345.616 | 0207345616",
      "0207345616 | 0207345616",
      "BE 0207 345 616 | 0207345616",
      "BE0207.345.616 | 0207345616",
      "be0207-345-616 | 0207345616",
      "207.345.616 | 0207345616",       // nine-digit legacy number: a leading 0 is added
      "207345616 | 0207345616",
      "1000000021 | 1000000021",        // new numbers start with 1
  })
  void acceptsTheUsualWrittenForms(String text, String digits) {
    EnterpriseNumber number = EnterpriseNumber.parse(text);
    assertThat(number.digits()).isEqualTo(digits);
    assertThat(number.formatted()).isEqualTo(digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0207.345.617", "0207.345.615", "0207345699"})
  void refusesBadCheckDigitsWithAFrenchMessage(String text) {
    assertThatThrownBy(() -> EnterpriseNumber.parse(text))
        .isInstanceOf(InvalidEnterpriseNumberException.class)
        .hasMessageContaining("modulo 97");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2207.345.616", "0207.345.6", "02073456163", "ABCDEFGHIJ", "BE"})
  void refusesWhatIsNotTenDigitsStartingWith0Or1(String text) {
    assertThatThrownBy(() -> EnterpriseNumber.parse(text))
        .isInstanceOf(InvalidEnterpriseNumberException.class)
        .hasMessageContaining("10 chiffres");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesAnEmptyNumber(String text) {
    assertThatThrownBy(() -> EnterpriseNumber.parse(text)).hasMessage("Le numéro d'entreprise est obligatoire.");
    assertThat(EnterpriseNumber.isValid(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"0207.345.616, BE 0207345616", "207345616, 0207.345.616"})
  void twoWritingsOfOneNumberAreEqual(String a, String b) {
    assertThat(EnterpriseNumber.parse(a)).isEqualTo(EnterpriseNumber.parse(b)).hasSameHashCodeAs(EnterpriseNumber.parse(b));
  }
}
