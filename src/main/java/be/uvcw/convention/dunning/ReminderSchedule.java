package be.uvcw.convention.dunning;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When payment reminders fall (DOMAIN.md "Payment due"): the first reminder a set period after the
 * due date, the second a period after the first, finance's « Mise en demeure » a period after the
 * second. Periods are settings ({@code convention.billing.reminders.*}). Pure rules.
 */
public record ReminderSchedule(Period firstAfterDueDate, Period secondAfterFirst, Period formalNoticeAfterSecond) {

  public ReminderSchedule {
    Objects.requireNonNull(firstAfterDueDate, "firstAfterDueDate");
    Objects.requireNonNull(secondAfterFirst, "secondAfterFirst");
    Objects.requireNonNull(formalNoticeAfterSecond, "formalNoticeAfterSecond");
    for (Period period : new Period[] {firstAfterDueDate, secondAfterFirst, formalNoticeAfterSecond}) {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("Reminder periods must be positive, not " + period);
      }
    }
  }

  /** The day the first reminder is sent: an invoice due on 4 February with P7D is reminded on 11 February. */
  public LocalDate firstReminderOn(LocalDate dueDate) {
    return dueDate.plus(firstAfterDueDate);
  }

  /** Days past the due date on that day (0 when not yet due). */
  public static long daysOverdue(LocalDate dueDate, LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
  }

  /** An ISO-8601 timer date at the start of that day in the given zone (what BPMN timeDate expects). */
  public static String timerAtStartOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toOffsetDateTime().toString();
  }
}
