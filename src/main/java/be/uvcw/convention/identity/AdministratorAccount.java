package be.uvcw.convention.identity;

/**
 * The first Camunda administrator, from convention.admin.user / convention.admin.password
 * (CONVENTION_ADMIN_USER / CONVENTION_ADMIN_PASSWORD). Production settings carry no default:
 * outside the demo and test profiles a missing or weak setting stops the start-up.
 */
public record AdministratorAccount(String userId, String password) {

  /** Long enough for an account that bypasses every authorization check. */
  static final int MINIMUM_PRODUCTION_PASSWORD_LENGTH = 12;

  /**
   * The account to create, or an exception whose message tells the operator what to set.
   *
   * @param relaxed true under the demo or test profile, where short well-known passwords are fine
   */
  public static AdministratorAccount fromSettings(String userId, String password, boolean relaxed) {
    if (userId == null || userId.isBlank() || password == null || password.isBlank()) {
      throw new InvalidAdministratorSettingsException(
          "The Camunda administrator is not configured: set CONVENTION_ADMIN_USER and CONVENTION_ADMIN_PASSWORD "
              + "(properties convention.admin.user and convention.admin.password). "
              + "There is no default administrator password outside the demo and test profiles.");
    }
    if (!relaxed && password.length() < MINIMUM_PRODUCTION_PASSWORD_LENGTH) {
      throw new InvalidAdministratorSettingsException("CONVENTION_ADMIN_PASSWORD is too short: use at least "
          + MINIMUM_PRODUCTION_PASSWORD_LENGTH + " characters for the administrator of a production installation.");
    }
    if (!relaxed && password.equals(userId)) {
      throw new InvalidAdministratorSettingsException("CONVENTION_ADMIN_PASSWORD must not equal CONVENTION_ADMIN_USER.");
    }
    return new AdministratorAccount(userId.trim(), password);
  }

  /** Stops the start-up; AdministratorSettingsFailureAnalyzer turns it into a plain report for the operator. */
  public static class InvalidAdministratorSettingsException extends IllegalStateException {
    InvalidAdministratorSettingsException(String message) {
      super(message);
    }
  }

  @Override
  public String toString() {
    return "AdministratorAccount[" + userId + "]";
  }
}
