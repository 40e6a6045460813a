package be.uvcw.convention.lifecycle;

import be.uvcw.convention.convention.ConventionDates;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the lifecycle waits for next, from the convention's dates and today (art. 8). Pure rules.
 * While a renewal is left: its notice deadline, then the renewal date itself. In the last year:
 * the warning three months before the 48-month limit, then the end on the day after the limit.
 */
public record LifecycleSchedule(LocalDate nextRenewal, LocalDate noticeDeadline, LocalDate limitWarning,
    LocalDate limitEnd) {

  public static LifecycleSchedule of(ConventionDates dates, LocalDate today) {
    Optional<LocalDate> renewal = dates.nextRenewalAfter(today);
    return new LifecycleSchedule(renewal.orElse(null), renewal.map(ConventionDates::noticeDeadline).orElse(null),
        dates.limitWarningDate(), dates.limitEnd());
  }

  public boolean hasRenewalLeft() {
    return nextRenewal != null;
  }

  /** The day the end is carried out: the day after the last day in force. */
  public static LocalDate endDay(LocalDate lastDayInForce) {
    return lastDayInForce.plusDays(1);
  }
}
