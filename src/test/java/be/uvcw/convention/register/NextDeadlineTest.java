package be.uvcw.convention.register;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.convention.ConventionStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextDeadlineTest {

  private static final LocalDate SIGNED = LocalDate.parse("2026-03-15");
  private static final LocalDate START = LocalDate.parse("2026-04-01");

  @ParameterizedTest(name = "on {0}: {1} {2}")
  @CsvSource({
      "2026-11-20, NOTICE_DEADLINE, 2027-03-01",
      "2027-03-01, NOTICE_DEADLINE, 2027-03-01",
      "2027-03-02, RENEWAL, 2027-04-01",
      "2027-04-01, NOTICE_DEADLINE, 2028-03-01",
      "2029-03-02, RENEWAL, 2029-04-01",
      "2029-04-01, LIMIT, 2030-03-31"})
  void anActiveConventionWatchesItsNoticeDeadlineThenItsRenewalThenTheLimit(LocalDate today, NextDeadline.Kind kind, LocalDate date) {
    assertThat(NextDeadline.of(ConventionStatus.ACTIVE, SIGNED, START, null, today)).contains(new NextDeadline(kind, date));
  }

  @Test
  void anAcceptedNonRenewalMakesTheEndTheNextDeadline() {
    assertThat(NextDeadline.of(ConventionStatus.ACTIVE, SIGNED, START, LocalDate.parse("2027-03-31"), LocalDate.parse("2026-12-01")))
        .contains(new NextDeadline(NextDeadline.Kind.END, LocalDate.parse("2027-03-31")));
  }

  @Test
  void aRequestOrAnEndedConventionHasNoDeadline() {
    assertThat(NextDeadline.of(ConventionStatus.UNDER_REVIEW, null, null, null, LocalDate.parse("2026-12-01"))).isEmpty();
    assertThat(NextDeadline.of(ConventionStatus.ENDED, SIGNED, START, LocalDate.parse("2027-03-31"), LocalDate.parse("2027-05-01")))
        .isEmpty();
  }

  @Test
  void theNoticeDeadlineIsTheNextOneNotYetPassed() {
    assertThat(NextDeadline.noticeDeadline(SIGNED, START, LocalDate.parse("2027-03-01"))).contains(LocalDate.parse("2027-03-01"));
    assertThat(NextDeadline.noticeDeadline(SIGNED, START, LocalDate.parse("2027-03-02"))).contains(LocalDate.parse("2028-03-01"));
    assertThat(NextDeadline.noticeDeadline(SIGNED, START, LocalDate.parse("2029-03-02"))).isEmpty();
  }
}
