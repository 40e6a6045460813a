package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministratorAccountTest {

  @ParameterizedTest(name = "user ''{0}'', password ''{1}'' -> refused in production")
  @CsvSource(value = {"NULL, NULL", "'', ''", "admin, NULL", "admin, ''", "NULL, 'a-long-enough-secret'", "'  ', 'a-long-enough-secret'"},
      nullValues = "NULL")
  void productionStartUpFailsWithoutAdministratorSettings(String user, String password) {
    assertThatThrownBy(() -> AdministratorAccount.fromSettings(user, password, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CONVENTION_ADMIN_USER")
        .hasMessageContaining("CONVENTION_ADMIN_PASSWORD");
  }

  @Test
  void theOperatorIsToldWhatToSet() {
    var failure = new IllegalStateException("bean creation failed",
        catchThrowable(() -> AdministratorAccount.fromSettings(null, null, false)));
    var analysis = new AdministratorSettingsFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("not configured");
    assertThat(analysis.getAction()).contains("CONVENTION_ADMIN_USER").contains("CONVENTION_ADMIN_PASSWORD");
  }

  @Test
  void theDemoAndTestsNeedTheSettingsToo() {
    assertThatThrownBy(() -> AdministratorAccount.fromSettings("admin", "", true))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void productionRefusesAShortPassword() {
    assertThatThrownBy(() -> AdministratorAccount.fromSettings("admin", "admin123", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 12");
  }

  @Test
  void productionRefusesThePasswordEqualToTheUserId() {
    assertThatThrownBy(() -> AdministratorAccount.fromSettings("administrator", "administrator", false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theDemoAcceptsItsWellKnownPassword() {
    assertThat(AdministratorAccount.fromSettings("admin", "admin", true)).isEqualTo(new AdministratorAccount("admin", "admin"));
  }

  @Test
  void productionAcceptsAStrongPasswordAndNeverPrintsIt() {
    AdministratorAccount account = AdministratorAccount.fromSettings(" ops-admin ", "correct horse battery", false);
    assertThat(account.userId()).isEqualTo("ops-admin");
    assertThat(account.toString()).doesNotContain("correct horse battery");
  }
}
