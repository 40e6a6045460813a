package be.uvcw.convention.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** "APPLICATION FAILED TO START" with what to set, instead of a chain of bean-creation errors. */
class AdministratorSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<AdministratorAccount.InvalidAdministratorSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdministratorAccount.InvalidAdministratorSettingsException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set the environment variables CONVENTION_ADMIN_USER and CONVENTION_ADMIN_PASSWORD (at least "
            + AdministratorAccount.MINIMUM_PRODUCTION_PASSWORD_LENGTH + " characters, not equal to the user id), "
            + "or run the demo profile (./mvnw spring-boot:run). See docs/security.md.",
        cause);
  }
}
