package be.uvcw.convention.billing.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpcPayloadTest {

  @Test
  void followsEpc069SepaCreditTransferWithTheStructuredReferenceDigits() {
    String payload = EpcPayload.of("GKCCBEBB", "Union des Villes et Communes de Wallonie asbl", "BE09 0910 1158 4657",
        new BigDecimal("99.22"), "+++010/8068/17183+++");

    assertThat(payload).isEqualTo(String.join("\n",
        "BCD", "002", "1", "SCT", "GKCCBEBB", "Union des Villes et Communes de Wallonie asbl", "BE09091011584657",
        "EUR99.22", "", "010806817183"));
    assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(331);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"595.32, EUR595.32", "82, EUR82.00", "0.01, EUR0.01", "1234567.5, EUR1234567.50"})
  void writesTheAmountInEurosWithTwoDecimalsAndADot(String amount, String line) {
    String payload = EpcPayload.of("GKCCBEBB", "UVCW", "BE09091011584657", new BigDecimal(amount), "+++010/8068/17183+++");

    assertThat(payload.split("\n")[7]).isEqualTo(line);
  }

  @Test
  void refusesACreditNoteAZeroAmountAndABrokenReference() {
    assertThatThrownBy(() -> EpcPayload.of(SampleDocuments.creditNote())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpcPayload.of("GKCCBEBB", "UVCW", "BE09091011584657", BigDecimal.ZERO, "+++010/8068/17183+++"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpcPayload.of("GKCCBEBB", "UVCW", "BE09091011584657", BigDecimal.TEN, "+++010/8068/1718+++"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cutsTheBeneficiaryNameAtSeventyCharacters() {
    String payload = EpcPayload.of("GKCCBEBB", "x".repeat(90), "BE09091011584657", BigDecimal.TEN, "+++010/8068/17183+++");

    assertThat(payload.split("\n")[5]).hasSize(70);
  }
}
