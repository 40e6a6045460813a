package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.billing.BillingRules.Term;
import be.uvcw.convention.billing.ReductionCorrections.BilledMonth;
import be.uvcw.convention.billing.ReductionCorrections.Correction;
import be.uvcw.convention.billing.ReductionCorrections.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md "Reduction changes after invoicing": each affected month corrected once, by the exact difference. */
class ReductionCorrectionsTest {

  private static final BigDecimal FEE = new BigDecimal("82.00");

  /** The CPAS's months of a semester as invoiced: one line each at that fee and reduction. */
  private static List<BilledMonth> billed(YearMonth from, YearMonth to, BigDecimal fee, int reduction) {
    List<BilledMonth> months = new ArrayList<>();
    long line = 1;
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(new BilledMonth(line++, 7, m, fee, reduction));
    }
    return months;
  }

  private static Term commune(String start, String endDate) {
    LocalDate s = LocalDate.parse(start);
    return new Term(s, s.plusMonths(48).minusDays(1), endDate == null ? null : LocalDate.parse(endDate));
  }

  private static BigDecimal total(List<Correction> corrections) {
    return BillingRules.totals(corrections.stream().map(Correction::amount).toList()).exclVat();
  }

  @Test
  void aCommuneSignedOnSeptember14thCreditsItsCpasHalfTheFeeForOctoberToDecember() {
    // CPAS invoiced at the full fee for July–December 2026; the commune signs 2026-09-14, in force 2026-10-01.
    var july = billed(YearMonth.of(2026, 7), YearMonth.of(2026, 12), FEE, 0);
    List<Correction> owed = ReductionCorrections.owed(july, List.of(commune("2026-10-01", null)));

    assertThat(owed).extracting(c -> c.billed().month())
        .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
    assertThat(owed).allSatisfy(c -> {
      assertThat(c.direction()).isEqualTo(Direction.CREDIT);
      assertThat(c.toPercent()).isEqualTo(50);
      assertThat(c.amount()).isEqualByComparingTo("41.00");
    });
    var totals = BillingRules.totals(owed.stream().map(Correction::amount).toList());
    assertThat(totals.exclVat()).isEqualByComparingTo("123.00");
    assertThat(totals.vat()).isEqualByComparingTo("25.83");
    assertThat(totals.inclVat()).isEqualByComparingTo("148.83");
  }

  @Test
  void aCommuneEndingEarlyByAcceptedNonRenewalInvoicesItsCpasTheOtherHalfForTheMonthsAfter() {
    // Commune in force 2026-10-01, non-renewal accepted: it ends 2027-09-30. CPAS invoiced July–December 2027 at 50 %.
    var july = billed(YearMonth.of(2027, 7), YearMonth.of(2027, 12), FEE, 50);
    List<Correction> owed = ReductionCorrections.owed(july, List.of(commune("2026-10-01", "2027-09-30")));

    assertThat(owed).extracting(c -> c.billed().month())
        .containsExactly(YearMonth.of(2027, 10), YearMonth.of(2027, 11), YearMonth.of(2027, 12));
    assertThat(owed).allSatisfy(c -> {
      assertThat(c.direction()).isEqualTo(Direction.SUPPLEMENT);
      assertThat(c.toPercent()).isZero();
      assertThat(c.amount()).isEqualByComparingTo("41.00");
    });
    assertThat(total(owed)).isEqualByComparingTo("123.00");
  }

  @Test
  void monthsAlreadyAtTheReductionOwedAreNotCorrectedAgain() {
    // After the credit of October–December, those months stand at 50 %: nothing is owed any more.
    var corrected = new ArrayList<>(billed(YearMonth.of(2026, 7), YearMonth.of(2026, 9), FEE, 0));
    corrected.addAll(billed(YearMonth.of(2026, 10), YearMonth.of(2026, 12), FEE, 50));
    assertThat(ReductionCorrections.owed(corrected, List.of(commune("2026-10-01", null)))).isEmpty();
  }

  @Test
  void noCommuneConventionLeavesAFullFeeMonthAlone() {
    assertThat(ReductionCorrections.owed(billed(YearMonth.of(2026, 7), YearMonth.of(2026, 12), FEE, 0), List.of())).isEmpty();
  }

  @ParameterizedTest(name = "fee {0}, billed at {1} %, owed at {2} % -> {3}")
  @CsvSource({
      "82.00, 0, 50, 41.00",
      "82.00, 50, 0, 41.00",
      // 84.37 at 50 % is 42.185 -> 42.19: the correction leaves the month at exactly the DOMAIN line amount
      "84.37, 0, 50, 42.18",
      "84.37, 50, 0, 42.18",
      "84.38, 0, 50, 42.19"})
  void theCorrectionIsTheDifferenceOfTheTwoRoundedLineAmounts(BigDecimal fee, int billed, int owed, BigDecimal amount) {
    Correction correction = ReductionCorrections.correction(new BilledMonth(1, 1, YearMonth.of(2027, 1), fee, billed), owed);
    assertThat(correction.amount()).isEqualByComparingTo(amount);
    BigDecimal net = billed > owed
        ? BillingRules.lineAmount(fee, billed).add(correction.amount())
        : BillingRules.lineAmount(fee, billed).subtract(correction.amount());
    assertThat(net).isEqualByComparingTo(BillingRules.lineAmount(fee, owed));
  }
}
