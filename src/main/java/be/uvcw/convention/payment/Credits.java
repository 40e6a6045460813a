package be.uvcw.convention.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** Builds the credits of both readers the same way (normalised IBAN, amount to the cent, entry reference). */
final class Credits {
  private Credits() {}

  static ParsedStatement.Credit of(String bankRef, LocalDate booking, LocalDate value, BigDecimal amount, String currency,
      String name, String payerIban, String communication, String structuredDigits) {
    BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
    String iban = Ibans.normalise(payerIban);
    String text = communication == null || communication.isBlank() ? null : truncate(communication.trim().replaceAll("\\s+", " "), 500);
    String ref = bankRef != null && !bankRef.isBlank() ? bankRef.trim() : derivedRef(booking, cents, iban, text, structuredDigits);
    return new ParsedStatement.Credit(truncate(ref, 200), booking, value, cents, currency == null ? "EUR" : currency,
        name == null || name.isBlank() ? null : truncate(name.trim(), 200), iban, text, structuredDigits);
  }

  /**
   * Without a bank reference the credit is identified by what it says: two statements showing the
   * same credit give the same reference. Two identical transfers on one day from one account with
   * one communication would count once; banks that omit references are rare (docs/billing.md).
   */
  private static String derivedRef(LocalDate booking, BigDecimal amount, String iban, String text, String structured) {
    String key = booking + "|" + amount.toPlainString() + "|" + iban + "|" + text + "|" + structured;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "H:" + HexFormat.of().formatHex(hash, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
