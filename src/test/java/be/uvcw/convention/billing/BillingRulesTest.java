package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.billing.BillingRules.Line;
import be.uvcw.convention.billing.BillingRules.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingRulesTest {

  private static final FeeSchedule FLAT = FeeSchedule.of(new FeeSchedule.Entry(LocalDate.of(2000, 1, 1), new BigDecimal("82.00")));

  private static Term startingOn(String start) {
    LocalDate s = LocalDate.parse(start);
    return new Term(s, s.plusMonths(48).minusDays(1), null);
  }

  private static List<YearMonth> months(String spaceSeparated) {
    return spaceSeparated.isBlank() ? List.of() : Arrays.stream(spaceSeparated.split(" ")).map(YearMonth::parse).toList();
  }

  @ParameterizedTest(name = "start {0} -> first invoice {1}")
  @CsvSource({
      "2026-04-01, 2026-04 2026-05 2026-06",
      "2026-07-01, 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12",
      "2026-01-01, 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06",
      "2026-12-01, 2026-12",
      "2026-06-01, 2026-06"})
  void firstInvoiceCoversTheFullMonthsToTheEndOfTheSemesterHoldingTheStart(String start, String expected) {
    assertThat(BillingRules.firstInvoiceMonths(startingOn(start))).isEqualTo(months(expected));
  }

  @ParameterizedTest(name = "start {0}, end {1}, billed on {2}, already {3} -> {4}")
  @CsvSource(delimiter = '|', value = {
      // the coming semester, in advance
      "2026-04-01 |            | 2026-07-01 | 2026-04 2026-05 2026-06 | 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12",
      "2026-04-01 |            | 2027-01-01 | 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12 | 2027-01 2027-02 2027-03 2027-04 2027-05 2027-06",
      // catch-up: earlier months in force that no invoice covers (e.g. imported convention)
      "2026-04-01 |            | 2026-07-01 |                          | 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12",
      "2026-04-01 |            | 2026-07-01 | 2026-04 2026-06          | 2026-05 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12",
      // the 48-month limit falls mid-semester: started 2026-04-01, limit 2030-03-31
      "2026-04-01 |            | 2030-01-01 | " + "ALL_TO_2029_12" + " | 2030-01 2030-02 2030-03",
      // an accepted non-renewal: ends the day before the renewal 2027-04-01
      "2026-04-01 | 2027-03-31 | 2027-01-01 | 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12 | 2027-01 2027-02 2027-03",
      // ended: nothing more
      "2026-04-01 | 2026-12-31 | 2027-01-01 | 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12 | ",
      // an end in the middle of a month: the month whose first day is in force is owed
      "2026-04-01 | 2026-08-15 | 2026-07-01 | 2026-04 2026-05 2026-06 | 2026-07 2026-08",
      // not started yet within the semester: nothing
      "2027-01-01 |            | 2026-07-01 |                          | ",
      // a manual run in the middle of a semester bills to the end of that semester
      "2026-04-01 |            | 2026-08-15 | 2026-04 2026-05 2026-06 | 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12"})
  void monthsOwed(String start, String end, String billingDate, String already, String expected) {
    LocalDate s = LocalDate.parse(start.trim());
    Term term = new Term(s, s.plusMonths(48).minusDays(1), end == null || end.isBlank() ? null : LocalDate.parse(end.trim()));
    Set<YearMonth> invoiced = already == null ? Set.of()
        : already.trim().equals("ALL_TO_2029_12") ? allMonths(YearMonth.of(2026, 4), YearMonth.of(2029, 12))
        : Set.copyOf(months(already.trim()));
    assertThat(BillingRules.monthsOwed(term, LocalDate.parse(billingDate.trim()), invoiced))
        .isEqualTo(months(expected == null ? "" : expected.trim()));
  }

  private static Set<YearMonth> allMonths(YearMonth from, YearMonth to) {
    var all = new java.util.HashSet<YearMonth>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      all.add(m);
    }
    return all;
  }

  @Test
  void theFortyEightMonthLimitFallingMidSemesterStopsTheInvoice() {
    Term term = startingOn("2026-04-01");
    assertThat(term.limitEnd()).isEqualTo(LocalDate.of(2030, 3, 31));
    assertThat(BillingRules.monthsOwed(term, LocalDate.of(2030, 1, 1), allMonths(YearMonth.of(2026, 4), YearMonth.of(2029, 12))))
        .containsExactly(YearMonth.of(2030, 1), YearMonth.of(2030, 2), YearMonth.of(2030, 3));
    assertThat(BillingRules.monthsOwed(term, LocalDate.of(2030, 7, 1), allMonths(YearMonth.of(2026, 4), YearMonth.of(2030, 3)))).isEmpty();
  }

  @Test
  void aCpasWhoseCommuneIsInForcePaysFortyOneEurosAMonth() {
    Term commune = startingOn("2025-01-01");
    List<Line> lines = BillingRules.lines(months("2026-07 2026-08"), FLAT, true, List.of(commune));
    assertThat(lines).extracting(Line::amount).containsExactly(new BigDecimal("41.00"), new BigDecimal("41.00"));
    assertThat(lines).extracting(Line::reductionPercent).containsOnly(50);
    assertThat(lines).extracting(Line::unitPrice).containsOnly(new BigDecimal("82.00"));
  }

  @Test
  void aCommuneGetsNoReductionAndNeitherDoesACpasWithoutItsCommune() {
    assertThat(BillingRules.lines(months("2026-07"), FLAT, false, List.of(startingOn("2025-01-01"))))
        .extracting(Line::amount).containsExactly(new BigDecimal("82.00"));
    assertThat(BillingRules.lines(months("2026-07"), FLAT, true, List.of()))
        .extracting(Line::amount).containsExactly(new BigDecimal("82.00"));
    // the commune's convention ended before the month: no reduction
    Term endedCommune = new Term(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2026, 6, 30));
    assertThat(BillingRules.reductionPercent(true, YearMonth.of(2026, 7), List.of(endedCommune))).isZero();
    assertThat(BillingRules.reductionPercent(true, YearMonth.of(2026, 6), List.of(endedCommune))).isEqualTo(50);
  }

  @Test
  void aCommuneThatSignsMidSemesterGivesTheReductionFromTheNextMonthOn() {
    // commune signed 2026-09-14 -> in force from 2026-10-01
    Term commune = startingOn("2026-10-01");
    List<Line> lines = BillingRules.lines(months("2026-07 2026-08 2026-09 2026-10 2026-11 2026-12"), FLAT, true, List.of(commune));
    assertThat(lines).extracting(Line::reductionPercent).containsExactly(0, 0, 0, 50, 50, 50);
    assertThat(BillingRules.totalsOf(lines).exclVat()).isEqualByComparingTo("369.00");
  }

  @Test
  void aFeeChangeOnFirstJanuaryInsideAnInvoiceBillsEachMonthAtItsOwnFee() {
    FeeSchedule indexed = FeeSchedule.of(
        new FeeSchedule.Entry(LocalDate.of(2000, 1, 1), new BigDecimal("82.00")),
        new FeeSchedule.Entry(LocalDate.of(2027, 1, 1), new BigDecimal("84.37")));
    // catch-up invoice on 2027-01-01 holding December 2026 and the first semester of 2027
    List<Line> lines = BillingRules.lines(months("2026-12 2027-01 2027-02"), indexed, false, List.of());
    assertThat(lines).extracting(Line::unitPrice)
        .containsExactly(new BigDecimal("82.00"), new BigDecimal("84.37"), new BigDecimal("84.37"));
    assertThat(BillingRules.totalsOf(lines).exclVat()).isEqualByComparingTo("250.74");
  }

  @Test
  void aFeeEffectiveInTheMiddleOfAMonthAppliesFromTheNextMonth() {
    FeeSchedule indexed = FeeSchedule.of(
        new FeeSchedule.Entry(LocalDate.of(2000, 1, 1), new BigDecimal("82.00")),
        new FeeSchedule.Entry(LocalDate.of(2027, 1, 15), new BigDecimal("84.37")));
    assertThat(indexed.feeFor(YearMonth.of(2027, 1))).isEqualByComparingTo("82.00");
    assertThat(indexed.feeFor(YearMonth.of(2027, 2))).isEqualByComparingTo("84.37");
  }

  @ParameterizedTest(name = "fee {0} reduction {1}% -> line {2}")
  @CsvSource({"82.00, 0, 82.00", "82.00, 50, 41.00", "84.37, 50, 42.19", "84.35, 50, 42.18", "83.01, 50, 41.51"})
  void lineAmountsRoundHalfUpToTheCent(BigDecimal fee, int reduction, BigDecimal expected) {
    assertThat(BillingRules.lineAmount(fee, reduction)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "lines {0} -> excl. {1}, VAT {2}, incl. {3}")
  @CsvSource({
      "82.00 82.00 82.00, 246.00, 51.66, 297.66",
      "41.00, 41.00, 8.61, 49.61",
      // 42.19 x 21% = 8.8599 -> 8.86
      "42.19, 42.19, 8.86, 51.05",
      // 42.18 + 42.19 = 84.37 x 21% = 17.7177 -> 17.72
      "42.18 42.19, 84.37, 17.72, 102.09",
      // 0.50 x 21% = 0.105 -> 0.11 (half-up, not half-even)
      "0.50, 0.50, 0.11, 0.61",
      // 2.50 x 21% = 0.525 -> 0.53
      "2.50, 2.50, 0.53, 3.03"})
  void vatIsTwentyOnePercentOfTheInvoiceTotalRoundedHalfUp(String lines, BigDecimal excl, BigDecimal vat, BigDecimal incl) {
    var totals = BillingRules.totals(Arrays.stream(lines.split(" ")).map(BigDecimal::new).toList());
    assertThat(totals.exclVat()).isEqualTo(excl);
    assertThat(totals.vat()).isEqualTo(vat);
    assertThat(totals.inclVat()).isEqualTo(incl);
  }

  @ParameterizedTest(name = "base {0} x {1} / {2} -> {3}")
  @CsvSource({"82.00, 126.55, 123.00, 84.37", "82.00, 123.00, 123.00, 82.00", "82.00, 130.01, 120.00, 88.84"})
  void indexationRoundsHalfUpToTheCent(BigDecimal base, BigDecimal newIndex, BigDecimal baseIndex, BigDecimal expected) {
    assertThat(FeeSchedule.indexedFee(base, newIndex, baseIndex)).isEqualTo(expected);
  }

  @Test
  void aMonthBeforeAnyFeeIsAnError() {
    FeeSchedule late = FeeSchedule.of(new FeeSchedule.Entry(LocalDate.of(2026, 1, 1), new BigDecimal("82.00")));
    assertThatThrownBy(() -> late.feeFor(YearMonth.of(2025, 12))).isInstanceOf(IllegalStateException.class);
  }
}
