package be.uvcw.convention.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignatoryUserIdsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Anne Dupont | anne.dupont",
      "Hélène  Lefèvre | helene.lefevre",
      "Jean-François d'Ursel | jean-francois.d.ursel",
      "  Marie Van den Bossche | marie.van.den.bossche",
      "Ève | eve",
  })
  void readablePrenomNom(String fullName, String userId) {
    assertThat(SignatoryUserIds.base(fullName)).isEqualTo(userId).matches("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");
  }

  @Test
  void aSuffixWhenTheIdIsTaken() {
    Set<String> taken = Set.of("anne.dupont", "anne.dupont-2");
    assertThat(SignatoryUserIds.unique("Anne Dupont", taken::contains)).isEqualTo("anne.dupont-3");
    assertThat(SignatoryUserIds.unique("Anne Martin", taken::contains)).isEqualTo("anne.martin");
  }
}
