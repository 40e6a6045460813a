package be.uvcw.convention.platform.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One way to write dates, amounts and percentages to people; the space in them is always U+00A0. */
class FrenchTextTest {

  private static final String NBSP = "\u00A0";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"2027-03-01, 1er mars 2027", "2027-03-02, 2 mars 2027", "2026-08-31, 31 août 2026", "2027-01-01, 1er janvier 2027",
      "2026-12-11, 11 décembre 2026", "2028-02-29, 29 février 2028"})
  void aDateInASentenceIsWrittenInWordsWithTheFirstAsPremier(LocalDate date, String written) {
    assertThat(FrenchText.date(date)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"2027-03-01, 01/03/2027", "2026-12-31, 31/12/2026"})
  void aDateInATableIsWrittenDayMonthYearWithLeadingZeros(LocalDate date, String written) {
    assertThat(FrenchText.shortDate(date)).isEqualTo(written);
  }

  @Test
  void aMonthIsWrittenInWordsFromAYearMonthOrAnyDayOfIt() {
    assertThat(FrenchText.month(YearMonth.of(2027, 3))).isEqualTo("mars 2027");
    assertThat(FrenchText.month(LocalDate.of(2026, 8, 15))).isEqualTo("août 2026");
  }

  @Test
  void aDateAndTimeSaysAt() {
    assertThat(FrenchText.dateTime(LocalDateTime.of(2027, 3, 1, 14, 0))).isEqualTo("1er mars 2027 à 14h00");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2460.00 | 2 460,00 €", "41.5 | 41,50 €", "0 | 0,00 €", "0.00 | 0,00 €", "-41.00 | -41,00 €", "-2460.5 | -2 460,50 €",
      "1234567.89 | 1 234 567,89 €", "999.995 | 1 000,00 €", "0.005 | 0,01 €", "84.374 | 84,37 €", "-0.005 | -0,01 €"})
  void anAmountHasTwoDecimalsACommaAndNoBreakSpaces(BigDecimal amount, String written) {
    assertThat(FrenchText.euros(amount)).isEqualTo(written.replace(" ", NBSP));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"21.00 | 21 %", "50 | 50 %", "12.5 | 12,5 %", "0 | 0 %"})
  void aPercentageHasACommaAndANoBreakSpaceBeforeThePercentSign(BigDecimal percent, String written) {
    assertThat(FrenchText.percent(percent)).isEqualTo(written.replace(" ", NBSP));
    assertThat(FrenchText.percent(21)).isEqualTo("21" + NBSP + "%");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"126.55 | 126,55", "2.5 | 2,5", "3 | 3", "3.00 | 3", "1234.5 | 1 234,5", "110.1234 | 110,1234"})
  void aNumberThatIsNotMoneyKeepsItsDecimalsWithoutTrailingZeros(BigDecimal value, String written) {
    assertThat(FrenchText.number(value)).isEqualTo(written.replace(" ", NBSP));
  }

  @Test
  void nothingIsWrittenForAMissingValue() {
    assertThat(FrenchText.date(null)).isEmpty();
    assertThat(FrenchText.shortDate(null)).isEmpty();
    assertThat(FrenchText.euros(null)).isEmpty();
    assertThat(FrenchText.percent((BigDecimal) null)).isEmpty();
  }
}
