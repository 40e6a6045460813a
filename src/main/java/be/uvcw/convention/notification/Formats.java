package be.uvcw.convention.notification;

import be.uvcw.convention.ConventionApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How dates are written to timers (ISO 8601, Brussels midnight); to people they are written by FrenchText. */
public final class Formats {

  public static final ZoneId BRUSSELS = ZoneId.of(ConventionApplication.ZONE);
  private static final DateTimeFormatter TIMER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private Formats() {}

  /** The instant a day begins in Brussels, as a timer's timeDate: "2027-04-01T00:00:00+02:00". */
  public static String timerAtStartOf(LocalDate day) {
    return TIMER.format(ZonedDateTime.of(day.atStartOfDay(), BRUSSELS));
  }
}
