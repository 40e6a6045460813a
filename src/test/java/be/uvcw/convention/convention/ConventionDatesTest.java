package be.uvcw.convention.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 8 and DOMAIN.md "Convention lifecycle", read as rules. */
class ConventionDatesTest {

  @ParameterizedTest(name = "signed {0} -> starts {1}")
  @CsvSource({
      "2026-03-15, 2026-04-01",
      "2026-03-01, 2026-04-01",   // signed on the 1st: still the following month
      "2026-03-31, 2026-04-01",   // signed on the 31st
      "2026-01-31, 2026-02-01",
      "2026-12-31, 2027-01-01",   // December: next year
      "2026-12-01, 2027-01-01",
      "2028-02-29, 2028-03-01",   // 29 February of a leap year
  })
  void startsOnTheFirstDayOfTheFollowingMonth(LocalDate signed, LocalDate start) {
    assertThat(ConventionDates.fromSignature(signed).start()).isEqualTo(start);
  }

  @Test
  void theSignatureDateIsTheLastOfTheThreeSignatures() {
    assertThat(ConventionDates.signatureDate(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-15")))
        .isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(ConventionDates.fromSignature(ConventionDates.signatureDate(
        LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-28"))).start())
        .isEqualTo(LocalDate.parse("2026-04-01"));
  }

  @Test
  void renewsOnTheAnniversariesOfTheStartThreeTimes() {
    ConventionDates dates = ConventionDates.fromSignature(LocalDate.parse("2026-03-15"));
    assertThat(dates.renewalDates()).containsExactly(
        LocalDate.parse("2027-04-01"), LocalDate.parse("2028-04-01"), LocalDate.parse("2029-04-01"));
    assertThat(dates.firstTermEnd()).isEqualTo(LocalDate.parse("2027-03-31"));
  }

  @ParameterizedTest(name = "starts {0} -> ends at the latest {1}")
  @CsvSource({
      "2026-04-01, 2030-03-31",
      "2027-01-01, 2030-12-31",
      "2028-03-01, 2032-02-29",   // the limit falls on a 29 February
  })
  void neverRunsPast48Months(LocalDate start, LocalDate limit) {
    ConventionDates dates = new ConventionDates(start.minusDays(1), start);
    assertThat(dates.limitEnd()).isEqualTo(limit);
    assertThat(dates.inForceOn(limit, null)).isTrue();
    assertThat(dates.inForceOn(limit.plusDays(1), null)).isFalse();
    assertThat(dates.inForceOn(start.minusDays(1), null)).isFalse();
    assertThat(dates.termEndOn(limit.minusMonths(6))).isEqualTo(limit);
  }

  @Test
  void warnsThreeMonthsBeforeTheLimit() {
    assertThat(ConventionDates.fromSignature(LocalDate.parse("2026-03-15")).limitWarningDate()).isEqualTo(LocalDate.parse("2030-01-01"));
  }

  @ParameterizedTest(name = "renewal {0} -> notice received by {1} at the latest")
  @CsvSource({"2027-04-01, 2027-03-01", "2027-01-01, 2026-12-01", "2029-03-31, 2029-02-28"})
  void theNoticeDeadlineIsOneMonthBeforeTheRenewal(LocalDate renewal, LocalDate deadline) {
    assertThat(ConventionDates.noticeDeadline(renewal)).isEqualTo(deadline);
  }

  @ParameterizedTest(name = "notice received {0} -> ends {1}")
  @CsvSource({
      "2027-03-01, 2027-03-31",   // on the deadline: on time, ends the day before the renewal
      "2027-03-02, 2028-03-31",   // one day late: renews, ends before the next renewal
      "2026-05-10, 2027-03-31",
      "2029-03-01, 2029-03-31",
  })
  void aNonRenewalEndsTheConventionTheDayBeforeTheFirstRenewalItMeets(LocalDate received, LocalDate end) {
    ConventionDates dates = ConventionDates.fromSignature(LocalDate.parse("2026-03-15"));
    assertThat(dates.endAfterNoticeReceived(received)).contains(end);
  }

  @Test
  void aNoticeAfterTheLastDeadlineRefusesNothing() {
    assertThat(ConventionDates.fromSignature(LocalDate.parse("2026-03-15")).endAfterNoticeReceived(LocalDate.parse("2029-03-02"))).isEmpty();
  }
}
