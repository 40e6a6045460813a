package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceivableStateTest {

  @ParameterizedTest(name = "{0}, total {1}, credited {2}, paid {3} -> {4}")
  @CsvSource({
      "ISSUED, 99.22, 0, 0, ISSUED",
      "SENT, 99.22, 0, 0, SENT",
      "SENT, 99.22, 0, 50.00, PARTLY_PAID",
      "SENT, 99.22, 0, 99.22, PAID",
      "SENT, 99.22, 49.61, 49.61, PAID",
      "SENT, 99.22, 49.61, 0, SENT",
      "SENT, 99.22, 99.22, 0, CREDITED",
      "DRAFT, 99.22, 0, 0, DRAFT"})
  void theStateFollowsTheBalance(InvoiceState state, BigDecimal total, BigDecimal credited, BigDecimal paid, ReceivableState expected) {
    assertThat(ReceivableState.of(state, total, credited, paid)).isEqualTo(expected);
  }
}
