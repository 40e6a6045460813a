package be.uvcw.convention.billing.document;

/**
 * How documents write the Union's and the customers' identifiers: enterprise number, IBAN. Dates
 * and amounts are written by {@link be.uvcw.convention.platform.french.FrenchText}.
 */
public final class IdentifierFormats {

  private IdentifierFormats() {}

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
}
