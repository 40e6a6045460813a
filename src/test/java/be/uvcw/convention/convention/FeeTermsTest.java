package be.uvcw.convention.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The money terms of art. 7, rounded half-up to the cent where docs/domain.md says. */
class FeeTermsTest {

  @Test
  void vatIsTwentyOnePercentAndACpasPaysHalf() {
    assertThat(FeeTerms.VAT_RATE_PERCENT).isEqualByComparingTo("21");
    assertThat(FeeTerms.CPAS_REDUCTION_PERCENT).isEqualTo(50);
  }

  @ParameterizedTest(name = "{0} less {1}% -> {2}")
  @CsvSource({"82.00, 50, 41.00", "82.00, 0, 82.00", "83.17, 50, 41.59", "83.15, 50, 41.58", "84.37, 50, 42.19", "84.37, 100, 0.00"})
  void aReducedFeeIsRoundedHalfUpToTheCent(BigDecimal fee, int percent, BigDecimal reduced) {
    assertThat(FeeTerms.afterReduction(fee, percent)).isEqualTo(reduced);
  }

  @Test
  void aReductionOutsideZeroToAHundredPercentIsRefused() {
    assertThatThrownBy(() -> FeeTerms.afterReduction(new BigDecimal("82.00"), 101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeeTerms.afterReduction(new BigDecimal("82.00"), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "VAT on {0} -> {1}")
  @CsvSource({"2460.00, 516.60", "41.50, 8.72", "0.02, 0.00", "0.03, 0.01", "-41.50, -8.72", "0.00, 0.00"})
  void vatIsTwentyOnePercentOfTheTotalRoundedHalfUpToTheCent(BigDecimal base, BigDecimal vat) {
    assertThat(FeeTerms.vatOn(base)).isEqualTo(vat);
  }

  @ParameterizedTest(name = "{0} x {1} / {2} -> {3}")
  @CsvSource({"82.00, 130.00, 126.35, 84.37", "82.00, 126.35, 126.35, 82.00", "82.00, 130.05, 126.35, 84.40"})
  void anIndexedFeeIsRoundedHalfUpToTheCent(BigDecimal base, BigDecimal newIndex, BigDecimal baseIndex, BigDecimal fee) {
    assertThat(FeeTerms.indexedFee(base, newIndex, baseIndex)).isEqualTo(fee);
  }
}
