package be.uvcw.convention.adaptation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdaptationRulesTest {

  @ParameterizedTest(name = "accepted {0} with {1} person-days -> due {2}")
  @CsvSource({
      // Thursday 2026-11-26: 5 planning days + 2 per person-day, Monday to Friday
      "2026-11-26, 0.5, 2026-12-04", // 5 + 1 = 6 working days
      "2026-11-26, 1, 2026-12-07",   // 5 + 2 = 7
      "2026-11-26, 2.5, 2026-12-10", // 5 + 5 = 10
      "2026-11-27, 1, 2026-12-08",   // accepted on a Friday
      "2026-11-28, 1, 2026-12-08"})  // accepted on a Saturday: counting starts Monday
  void dueDateCountsPlanningThenTwoWorkingDaysPerPersonDay(LocalDate accepted, BigDecimal workload, LocalDate due) {
    assertThat(AdaptationRules.dueDate(accepted, workload)).isEqualTo(due);
  }

  @Test
  void reworkIsDueFiveWorkingDaysAfterReopening() {
    assertThat(AdaptationRules.reworkDueDate(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @ParameterizedTest(name = "workload {0} -> {1}")
  @CsvSource({"0.5, 0.5", "1, 1.0", "2.50, 2.5", "'3,5', 3.5", "10, 10.0"})
  void workloadIsReadByHalfDays(String input, BigDecimal expected) {
    assertThat(AdaptationRules.workload(input)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "workload {0} is refused")
  @CsvSource({"0", "0.4", "-1", "1.25", "abc", "''"})
  void workloadBelowHalfADayOrNotByHalfDaysIsRefused(String input) {
    assertThatThrownBy(() -> AdaptationRules.workload(input)).isInstanceOf(be.uvcw.convention.error.BadInput.class);
  }

  @Test
  void beneficiariesAreNamedByEnterpriseNumberOrTenantOnePerLine() {
    assertThat(AdaptationRules.beneficiaryTenants("0207.345.616\norg-0207345616 ; BE 0216.689.981\n\n"))
        .containsExactly("org-0207345616", "org-0216689981");
    assertThat(AdaptationRules.beneficiaryTenants(null)).isEmpty();
    assertThatThrownBy(() -> AdaptationRules.beneficiaryTenants("0207.345.612"))
        .isInstanceOf(be.uvcw.convention.error.BadInput.class).hasMessageContaining("0207.345.612");
  }

  @Test
  void managementDecidesWithAReasonTheUserWillRead() {
    AdaptationRules.checkArbitration("ACCEPT", "Utile à tous les CPAS.");
    AdaptationRules.checkArbitration("REFUSE", "Trop spécifique.");
    assertThatThrownBy(() -> AdaptationRules.checkArbitration("MAYBE", "x")).hasMessageContaining("accepter ou de refuser");
    assertThatThrownBy(() -> AdaptationRules.checkArbitration("REFUSE", " ")).hasMessage("Indiquez le motif.");
  }

  @Test
  void aDeliveryNamesItsPackageAndItsNotes() {
    AdaptationRules.checkDelivery("urbanisme-cadastre 1.0", "Nouveau champ.");
    assertThatThrownBy(() -> AdaptationRules.checkDelivery(null, "Nouveau champ.")).hasMessageContaining("paquet d'adaptation");
    assertThatThrownBy(() -> AdaptationRules.checkDelivery("p".repeat(61), "n")).hasMessageContaining("60 caractères");
    assertThatThrownBy(() -> AdaptationRules.checkDelivery("urbanisme-cadastre 1.0", "")).hasMessageContaining("notes de livraison");
  }

  @Test
  void theUserConfirmsOrReopensSayingWhatIsWrong() {
    AdaptationRules.checkFeedback("CONFIRM", null);
    AdaptationRules.checkFeedback("REOPEN", "Le champ manque.");
    assertThatThrownBy(() -> AdaptationRules.checkFeedback("REOPEN", "")).hasMessageContaining("ce qui ne convient pas");
    assertThatThrownBy(() -> AdaptationRules.checkFeedback(null, null)).hasMessageContaining("Confirmez");
  }
}
