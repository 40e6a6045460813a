package be.uvcw.convention.billing.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.organisation.InvalidEnterpriseNumberException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierSettingsTest {

  @Test
  void theConfiguredUnionPassesTheChecksAndIsNormalised() {
    SupplierSettings union = new SupplierSettings("Union des Villes et Communes de Wallonie asbl", "Rue de l'Étoile 14",
        "5000", "Namur", "0207.722.926", "facturation@uvcw.be", "BE09 0910 1158 4657", "gkcc bebb");

    assertThat(union.enterpriseNumber()).isEqualTo("0207722926");
    assertThat(union.iban()).isEqualTo("BE09091011584657");
    assertThat(union.bic()).isEqualTo("GKCCBEBB");
    assertThat(union.party().name()).isEqualTo("Union des Villes et Communes de Wallonie asbl");
  }

  @Test
  void theNumberFirstGivenForTheUnionFailsTheMod97Check() {
    // 97 - (02077229 mod 97) = 26, not 32: a document carrying it would be refused by Peppol (PEPPOL-COMMON-R043).
    assertThatThrownBy(() -> settings("0207.722.932", "BE09091011584657")).isInstanceOf(InvalidEnterpriseNumberException.class);
  }

  @ParameterizedTest(name = "{0} valid: {1}")
  @CsvSource({"BE09091011584657, true", "BE10091011584657, false", "BE0909101158465, false", "FR7630006000011234567890189, true"})
  void checksTheIban(String iban, boolean valid) {
    assertThat(SupplierSettings.isValidIban(iban)).isEqualTo(valid);
  }

  private static SupplierSettings settings(String enterpriseNumber, String iban) {
    return new SupplierSettings("UVCW", "Rue", "5000", "Namur", enterpriseNumber, null, iban, "GKCCBEBB");
  }
}
