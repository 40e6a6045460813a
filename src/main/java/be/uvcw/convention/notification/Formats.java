package be.uvcw.convention.notification;

import be.uvcw.convention.ConventionApplication;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How dates are written to people (French) and to timers (ISO 8601, Brussels midnight). */
public final class Formats {

  public static final ZoneId BRUSSELS = ZoneId.of(ConventionApplication.ZONE);
  private static final DateTimeFormatter TIMER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private Formats() {}

  /** « 1er avril 2027 », « 15 avril 2027 » */
  public static String day(LocalDate date) {
    return FrenchText.date(date);
  }

  /** The instant a day begins in Brussels, as a timer's timeDate: "2027-04-01T00:00:00+02:00". */
  public static String timerAtStartOf(LocalDate day) {
    return TIMER.format(ZonedDateTime.of(day.atStartOfDay(), BRUSSELS));
  }
}
