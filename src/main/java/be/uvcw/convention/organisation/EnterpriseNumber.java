package be.uvcw.convention.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Belgian enterprise number (numéro d'entreprise BCE/KBO): ten digits starting with 0 or 1, whose
 * last two digits are 97 minus the first eight modulo 97.
 */
public final class EnterpriseNumber {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
  private static final Pattern TEN_DIGITS = Pattern.compile("[01][0-9]{9}");

  private final String digits;

  private EnterpriseNumber(String digits) {
    this.digits = digits;
  }

  /** Accepts "0207.345.612", "BE 0207 345 612" or "0207345612"; nine-digit legacy numbers get their leading 0. */
  public static EnterpriseNumber parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidEnterpriseNumberException("Le numéro d'entreprise est obligatoire.");
    }
    String digits = SEPARATORS.matcher(text.trim().toUpperCase()).replaceAll("");
    if (digits.startsWith("BE")) {
      digits = digits.substring(2);
    }
    if (digits.length() == 9 && digits.chars().allMatch(Character::isDigit)) {
      digits = "0" + digits;
    }
    if (!TEN_DIGITS.matcher(digits).matches()) {
      throw new InvalidEnterpriseNumberException(
          "Le numéro d'entreprise « " + text + " » doit compter 10 chiffres et commencer par 0 ou 1 (ex. 0207.345.612).");
    }
    if (!hasValidCheckDigits(digits)) {
      throw new InvalidEnterpriseNumberException(
          "Le numéro d'entreprise « " + text + " » est invalide : les deux derniers chiffres ne correspondent pas au contrôle modulo 97.");
    }
    return new EnterpriseNumber(digits);
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidEnterpriseNumberException e) {
      return false;
    }
  }

  static boolean hasValidCheckDigits(String tenDigits) {
    long base = Long.parseLong(tenDigits.substring(0, 8));
    int check = Integer.parseInt(tenDigits.substring(8));
    return 97 - (base % 97) == check;
  }

  /** The ten digits, as stored and as used in UBL (scheme 0208). */
  public String digits() {
    return digits;
  }

  /** The usual written form, "0207.345.612". */
  public String formatted() {
    return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnterpriseNumber other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
