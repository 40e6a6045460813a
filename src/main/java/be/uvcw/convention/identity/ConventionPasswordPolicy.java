package be.uvcw.convention.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;

/**
 * The one password policy (docs/security.md), applied by the engine to every password it saves:
 * activation links, Admin, the welcome page, PUT /engine-rest/user/{id}/credentials. At least
 * {@link #MINIMUM_LENGTH} characters and not the user id. Pure: no Spring.
 */
public final class ConventionPasswordPolicy implements PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;

  private static final List<PasswordPolicyRule> RULES = List.of(new PasswordPolicyLengthRuleImpl(MINIMUM_LENGTH), new NotTheUserId());

  @Override
  public List<PasswordPolicyRule> getRules() {
    return RULES;
  }

  /** The French reason a password is refused for that user, or null when it is acceptable. */
  public static String refusal(String password, String userId) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      return "Le mot de passe doit compter au moins " + MINIMUM_LENGTH + " caractères.";
    }
    if (password.isBlank() || (userId != null && password.trim().equalsIgnoreCase(userId.trim()))) {
      return "Choisissez un mot de passe différent de votre identifiant.";
    }
    return null;
  }

  /** Camunda's webapps know this placeholder (« must not contain user data »). */
  static final class NotTheUserId implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_USER_DATA";
    }

    @Override
    public Map<String, String> getParameters() {
      return null;
    }

    @Override
    public boolean execute(String password) {
      return password != null && !password.isBlank();
    }

    @Override
    public boolean execute(String password, User user) {
      return execute(password) && (user == null || user.getId() == null || !password.trim().equalsIgnoreCase(user.getId().trim()));
    }
  }
}
