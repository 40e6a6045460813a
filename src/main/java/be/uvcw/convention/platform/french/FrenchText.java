package be.uvcw.convention.platform.french;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way the application writes dates, amounts and percentages to people (mails, forms, PDFs,
 * the convention's .docx, the texts of the spreadsheets): « 1er mars 2027 », « 01/03/2027 » in a
 * table, « mars 2027 », « 2 460,00 € », « 21 % ». Every separator inside an amount or before
 * « € » and « % » is the no-break space U+00A0: it keeps an amount on one line, and the PDF's
 * standard fonts have a glyph for it but none for the narrow one (U+202F) Java's French locale uses.
 */
public final class FrenchText {

  /** The space inside « 2 460,00 € » and « 21 % ». */
  public static final char SPACE = '\u00A0';

  private static final Locale FRENCH = Locale.forLanguageTag("fr-BE");
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("LLLL yyyy", FRENCH);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);
  private static final ThreadLocal<DecimalFormat> AMOUNT = ThreadLocal.withInitial(() -> decimalFormat("#,##0.00"));
  private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> decimalFormat("#,##0.####"));

  private FrenchText() {}

  private static DecimalFormat decimalFormat(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(FRENCH);
    symbols.setGroupingSeparator(SPACE);
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  /** « 1er mars 2027 », « 15 avril 2026 » (the first of the month is written « 1er »); "" for none. */
  public static String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
  }

  /** « 01/03/2027 »: where a table or a column needs dates of one width; "" for none. */
  public static String shortDate(LocalDate date) {
    return date == null ? "" : SHORT_DATE.format(date);
  }

  /** « mars 2027 » (a billed month); "" for none. */
  public static String month(TemporalAccessor month) {
    return month == null ? "" : MONTH_YEAR.format(month instanceof LocalDate day ? YearMonth.from(day) : month);
  }

  /** « 1er mars 2027 à 14h00 » */
  public static String dateTime(LocalDateTime when) {
    return when == null ? "" : date(when.toLocalDate()) + " à " + TIME.format(when);
  }

  /** « 2 460,00 € », « -41,00 € »: always two decimals, rounded half-up; "" for none. */
  public static String euros(BigDecimal amount) {
    return amount == null ? "" : AMOUNT.get().format(amount) + SPACE + "€";
  }

  /** « 2 460,5 », « 126,55 », « 3 »: a number (up to four decimals) that is not money (an index, days of work); "" for none. */
  public static String number(BigDecimal value) {
    return value == null ? "" : NUMBER.get().format(value);
  }

  /** « 21 % », « 50 % », « 12,5 % » */
  public static String percent(BigDecimal percent) {
    return percent == null ? "" : number(percent) + SPACE + "%";
  }

  /** « 21 % », « 50 % » */
  public static String percent(int percent) {
    return percent(BigDecimal.valueOf(percent));
  }
}
