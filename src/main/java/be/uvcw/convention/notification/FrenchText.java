package be.uvcw.convention.notification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the application writes dates and amounts to people in French: « 1er mars 2027 »,
 * « 2 460,00 € ». The grouping separator is a no-break space (U+00A0): it keeps an amount on one
 * line, and the PDF's standard fonts have no glyph for the narrow one Java's French locale uses.
 */
public final class FrenchText {

  private static final Locale FRENCH = Locale.forLanguageTag("fr-BE");
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);
  private static final ThreadLocal<DecimalFormat> AMOUNT = ThreadLocal.withInitial(() -> {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(FRENCH);
    symbols.setGroupingSeparator('\u00A0');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  });

  private FrenchText() {}

  /** « 1er mars 2027 », « 15 avril 2026 » (the first of the month is written « 1er »). */
  public static String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
  }

  /** « 1er mars 2027 à 14h00 » */
  public static String dateTime(LocalDateTime when) {
    return when == null ? "" : date(when.toLocalDate()) + " à " + TIME.format(when);
  }

  /** « 2 460,00 € » */
  public static String euros(BigDecimal amount) {
    return amount == null ? "" : AMOUNT.get().format(amount) + "\u00A0€";
  }
}
