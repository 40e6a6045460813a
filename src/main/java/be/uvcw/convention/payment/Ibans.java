package be.uvcw.convention.payment;

/** IBANs as stored: upper case, no spaces (banks print them in groups of four). */
final class Ibans {
  private Ibans() {}

  static String normalise(String iban) {
    if (iban == null) {
      return null;
    }
    String compact = iban.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    return compact.isEmpty() ? null : compact;
  }
}
