package be.uvcw.convention.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.notification.Formats;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleScheduleTest {

  private static final ConventionDates DATES = ConventionDates.fromSignature(LocalDate.parse("2026-03-15"));

  @ParameterizedTest(name = "on {0} the next renewal is {1}, deadline {2}")
  @CsvSource({
      "2026-03-16, 2027-04-01, 2027-03-01",
      "2027-04-01, 2028-04-01, 2028-03-01",
      "2028-04-01, 2029-04-01, 2029-03-01"})
  void waitsForTheNextRenewalAndItsNoticeDeadline(LocalDate today, LocalDate renewal, LocalDate deadline) {
    LifecycleSchedule schedule = LifecycleSchedule.of(DATES, today);
    assertThat(schedule.hasRenewalLeft()).isTrue();
    assertThat(schedule.nextRenewal()).isEqualTo(renewal);
    assertThat(schedule.noticeDeadline()).isEqualTo(deadline);
  }

  @Test
  void afterTheThirdRenewalOnlyTheWarningAndTheLimitAreLeft() {
    LifecycleSchedule schedule = LifecycleSchedule.of(DATES, LocalDate.parse("2029-04-01"));
    assertThat(schedule.hasRenewalLeft()).isFalse();
    assertThat(schedule.limitWarning()).isEqualTo(LocalDate.parse("2030-01-01"));
    assertThat(schedule.limitEnd()).isEqualTo(LocalDate.parse("2030-03-31"));
    assertThat(LifecycleSchedule.endDay(schedule.limitEnd())).isEqualTo(LocalDate.parse("2030-04-01"));
  }

  @ParameterizedTest(name = "{0} begins at {1} in Brussels")
  @CsvSource({"2027-04-01, 2027-04-01T00:00:00+02:00", "2027-03-02, 2027-03-02T00:00:00+01:00"})
  void timersStartAtMidnightInBrussels(LocalDate day, String timer) {
    assertThat(Formats.timerAtStartOf(day)).isEqualTo(timer);
  }
}
