package be.uvcw.convention.quota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 6.3, quota 100 units here: warn once when crossing 90, one task when going over 100. */
class QuotaRulesTest {

  @ParameterizedTest(name = "used {0}, was above 90: {1}, above 100: {2} -> warn {3}, task {4}")
  @CsvSource({
      " 89, false, false, false, false",
      " 90, false, false, true,  false",
      " 95, true,  false, false, false",
      " 50, true,  false, false, false",
      "100, false, false, true,  false",
      "101, false, false, true,  true",
      "101, true,  false, false, true",
      "120, true,  true,  false, false"})
  void eachCrossingActsOnce(long used, boolean wasAboveWarning, boolean wasAboveQuota, boolean warn, boolean task) {
    QuotaRules.Assessment assessment = QuotaRules.assess(used, 100, wasAboveWarning, wasAboveQuota);
    assertThat(assessment.warn()).isEqualTo(warn);
    assertThat(assessment.openTask()).isEqualTo(task);
  }

  @ParameterizedTest(name = "used {0} -> above 90: {1}")
  @CsvSource({"50, false", "89, false", "90, true", "130, true"})
  void droppingBelowResetsTheCrossing(long used, boolean above) {
    assertThat(QuotaRules.assess(used, 100, true, true).aboveWarning()).isEqualTo(above);
  }

  @Test
  void theMaintenanceTeamSaysWhatItDidAboutAnExceedance() {
    assertThat(QuotaRules.actionsTaken("  Historique compacté. ")).isEqualTo("Historique compacté.");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuotaRules.actionsTaken(" ")).hasMessageContaining("actions entreprises");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuotaRules.actionsTaken("x".repeat(2001))).hasMessageContaining("2000");
  }
}
