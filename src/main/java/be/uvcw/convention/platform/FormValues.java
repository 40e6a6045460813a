package be.uvcw.convention.platform;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.ConventionApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Parses values as Tasklist forms, REST calls and tests give them: a date arrives as ISO text
 * ("2026-07-01" or a date-time), a java.util.Date or a LocalDate; a number as Long, Integer,
 * Double or text. Process variables are read through their {@code ProcessVariable} contract,
 * which parses with these; a few listeners not yet converted call them directly.
 */
public final class FormValues {

  private static final ZoneId BRUSSELS = ZoneId.of(ConventionApplication.ZONE);

  private FormValues() {}

  /** The day, or null when the value is missing or blank; unreadable text is refused in French. */
  public static LocalDate date(Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(BRUSSELS).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new BadInput("« " + text + " » n'est pas une date valide (AAAA-MM-JJ).", e);
    }
  }

  /** The number, or null when the value is missing or blank; unreadable text is refused in French. */
  public static Long longValue(Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new BadInput("« " + value + " » n'est pas un numéro valide.", e);
    }
  }

  /** Typed text, trimmed; refused in French when blank or longer than max ("what" names the field: « la raison »). */
  public static String requiredText(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new BadInput("Indiquez " + what + ".");
    }
    String text = value.trim();
    if (text.length() > max) {
      throw new BadInput("Le champ « " + what + " » dépasse " + max + " caractères.");
    }
    return text;
  }
}
