package be.uvcw.convention.billing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Belgian structured communication (communication structurée, OGM/VCS): ten digits followed by
 * two check digits = those ten digits mod 97, or 97 when the remainder is 0; written
 * {@code +++ddd/dddd/dddcc+++}.
 *
 * <p>The ten digits of an invoice are its year (4 digits), a kind digit (0 invoice, 9 credit
 * note) and its sequence in that year (5 digits): invoice 2026-00042 → 2026000042. They are
 * unique because the numbers are.
 */
public final class StructuredCommunication {

  private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
  private static final Pattern WRITTEN = Pattern.compile("\\+\\+\\+([0-9]{3})/([0-9]{4})/([0-9]{5})\\+\\+\\+");

  private final String digits;

  private StructuredCommunication(String twelveDigits) {
    this.digits = twelveDigits;
  }

  /** From the ten base digits: adds the check digits. */
  public static StructuredCommunication of(String tenDigits) {
    if (tenDigits == null || !TEN_DIGITS.matcher(tenDigits).matches()) {
      throw new IllegalArgumentException("Une communication structurée se forme sur 10 chiffres, pas « " + tenDigits + " ».");
    }
    return new StructuredCommunication(tenDigits + String.format("%02d", checkDigits(tenDigits)));
  }

  /** The communication of an invoice (kind digit 0) or credit note (9) of that year and sequence. */
  public static StructuredCommunication forDocument(int year, boolean creditNote, int sequence) {
    if (year < 1000 || year > 9999 || sequence < 1 || sequence > 99_999) {
      throw new IllegalArgumentException("Année ou numéro hors limites pour une communication structurée : " + year + "/" + sequence);
    }
    return of(String.format("%04d%d%05d", year, creditNote ? 9 : 0, sequence));
  }

  /** Parses "+++010/8068/17183+++" or the twelve digits, and checks the check digits. */
  public static StructuredCommunication parse(String text) {
    String candidate = text == null ? "" : text.trim();
    var written = WRITTEN.matcher(candidate);
    String twelve = written.matches() ? written.group(1) + written.group(2) + written.group(3) : candidate;
    if (!Pattern.matches("[0-9]{12}", twelve)) {
      throw new IllegalArgumentException("« " + text + " » n'est pas une communication structurée (+++ddd/dddd/dddcc+++).");
    }
    StructuredCommunication parsed = of(twelve.substring(0, 10));
    if (!parsed.digits.equals(twelve)) {
      throw new IllegalArgumentException("« " + text + " » : les chiffres de contrôle ne correspondent pas (modulo 97).");
    }
    return parsed;
  }

  static int checkDigits(String tenDigits) {
    int remainder = (int) (Long.parseLong(tenDigits) % 97);
    return remainder == 0 ? 97 : remainder;
  }

  /** The twelve digits, as stored and as sent in UBL PaymentID and the EPC QR reference. */
  public String digits() {
    return digits;
  }

  /** "+++010/8068/17183+++" */
  public String formatted() {
    return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StructuredCommunication other && other.digits.equals(digits);
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
