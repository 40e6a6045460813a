package be.uvcw.convention.convention;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.organisation.OrganisationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpasReductionRuleTest {

  @ParameterizedTest(name = "{0}, commune in force: {1} -> {2}%")
  @CsvSource({"CPAS, true, 50", "CPAS, false, 0", "COMMUNE, true, 0", "COMMUNE, false, 0"})
  void onlyACpasWhoseCommuneHasAConventionInForcePaysHalf(OrganisationType type, boolean communeInForce, int percent) {
    assertThat(CpasReductionRule.reductionPercent(type, communeInForce)).isEqualTo(percent);
  }

}
