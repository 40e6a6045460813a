package be.uvcw.convention.billing.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an EPC QR code (EPC069-12 v2.1, "SEPA Credit Transfer"), which Belgian banking apps
 * scan to prefill a transfer. Lines, separated by LF:
 * BCD / 002 / 1 (UTF-8) / SCT / BIC / beneficiary name / IBAN / EUR amount / purpose (empty) /
 * structured remittance (the 12 digits of the Belgian structured communication).
 * Trailing empty lines (unstructured remittance, information) are left out, as the standard allows.
 */
public final class EpcPayload {

  private static final int MAX_NAME = 70;
  private static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

  private EpcPayload() {}

  /** The payload for paying {@code document} (an invoice; credit notes are not paid). */
  public static String of(InvoiceDocument document) {
    if (document.kind() != InvoiceDocument.Kind.INVOICE) {
      throw new IllegalArgumentException("Une note de crédit ne se paie pas : pas de code QR de paiement.");
    }
    return of(document.bic(), document.supplier().name(), document.iban(), document.totalInclVat(),
        document.structuredCommunication());
  }

  public static String of(String bic, String beneficiary, String iban, BigDecimal amount, String structuredCommunication) {
    BigDecimal euros = amount.setScale(2, RoundingMode.HALF_UP);
    if (euros.compareTo(MIN_AMOUNT) < 0 || euros.compareTo(MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException("Montant hors des limites d'un virement SEPA : " + euros);
    }
    String name = beneficiary.length() > MAX_NAME ? beneficiary.substring(0, MAX_NAME) : beneficiary;
    List<String> lines = new ArrayList<>(10);
    lines.add("BCD");
    lines.add("002");
    lines.add("1");
    lines.add("SCT");
    lines.add(bic == null ? "" : bic.replace(" ", ""));
    lines.add(name);
    lines.add(iban.replace(" ", ""));
    lines.add("EUR" + euros.toPlainString());
    lines.add(""); // purpose code: none
    lines.add(referenceDigits(structuredCommunication));
    return String.join("\n", lines);
  }

  /** "+++010/8068/17183+++" -> "010806817183": the form Belgian banks accept as a structured reference. */
  static String referenceDigits(String structuredCommunication) {
    String digits = structuredCommunication.replaceAll("[^0-9]", "");
    if (digits.length() != 12) {
      throw new IllegalArgumentException("Communication structurée invalide : « " + structuredCommunication + " »");
    }
    return digits;
  }
}
