package be.uvcw.convention.billing.document;

import be.uvcw.convention.organisation.EnterpriseNumber;
import java.math.BigInteger;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Union as the supplier on every invoice ({@code convention.billing.supplier.*}). Checked when
 * the application starts: a wrong enterprise number or IBAN would make every document invalid.
 */
@ConfigurationProperties("convention.billing.supplier")
public record SupplierSettings(
    String name,
    String street,
    String postalCode,
    String city,
    String enterpriseNumber,
    String email,
    String iban,
    String bic) {

  public SupplierSettings {
    enterpriseNumber = EnterpriseNumber.parse(enterpriseNumber).digits();
    iban = iban.replace(" ", "").toUpperCase();
    if (!isValidIban(iban)) {
      throw new IllegalArgumentException("convention.billing.supplier.iban: IBAN invalide « " + iban + " »");
    }
    bic = bic.replace(" ", "").toUpperCase();
  }

  /** The supplier as it appears on documents. */
  public InvoiceDocument.Party party() {
    return new InvoiceDocument.Party(name, street, postalCode, city, enterpriseNumber, email);
  }

  /** ISO 13616: move the country and check digits to the end, letters to numbers, mod 97 = 1. */
  static boolean isValidIban(String iban) {
    if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
