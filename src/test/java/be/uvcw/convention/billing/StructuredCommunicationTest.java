package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructuredCommunicationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0108068171, +++010/8068/17183+++",
      "0000000000, +++000/0000/00097+++",
      "0000000097, +++000/0000/09797+++",
      "2026000001, +++202/6000/00192+++"})
  void checkDigitsAreTheTenDigitsModNinetySevenOrNinetySevenWhenZero(String tenDigits, String written) {
    StructuredCommunication communication = StructuredCommunication.of(tenDigits);
    assertThat(communication.formatted()).isEqualTo(written);
    assertThat(StructuredCommunication.parse(written)).isEqualTo(communication);
  }

  @Test
  void anInvoiceGetsYearKindAndSequence() {
    assertThat(StructuredCommunication.forDocument(2026, false, 42).digits()).startsWith("2026000042");
    assertThat(StructuredCommunication.forDocument(2026, true, 42).digits()).startsWith("2026900042");
  }

  @Test
  void wrongCheckDigitsAreRefused() {
    assertThatThrownBy(() -> StructuredCommunication.parse("+++010/8068/17184+++")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StructuredCommunication.of("12345")).isInstanceOf(IllegalArgumentException.class);
  }
}
