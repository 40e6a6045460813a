package be.uvcw.convention.billing.document;

import be.uvcw.convention.notification.FrenchText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How documents write amounts and dates in French (amounts as the mails do, {@link FrenchText}).
 */
public final class FrenchFormats {

  private static final Locale FRENCH = Locale.forLanguageTag("fr-BE");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", FRENCH);

  private FrenchFormats() {}

  /** "1 234,56 €" (the mails' format too) */
  public static String euros(BigDecimal amount) {
    return FrenchText.euros(amount);
  }

  /** "01/07/2026" */
  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "avril 2026" */
  static String month(LocalDate month) {
    return MONTH.format(month);
  }

  /** "0207.722.926" */
  static String enterpriseNumber(String digits) {
    return digits.length() == 10 ? digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7) : digits;
  }

  /** "BE09 0910 1158 4657" */
  public static String iban(String iban) {
    String compact = iban.replace(" ", "");
    StringBuilder grouped = new StringBuilder(compact.length() + compact.length() / 4);
    for (int i = 0; i < compact.length(); i += 4) {
      if (i > 0) {
        grouped.append(' ');
      }
      grouped.append(compact, i, Math.min(i + 4, compact.length()));
    }
    return grouped.toString();
  }

  /** "50 %" */
  static String percent(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString().replace('.', ',') + "\u00A0%";
  }
}
