package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one password policy, as the engine runs it and as the activation page words it. */
class ConventionPasswordPolicyTest {

  @ParameterizedTest(name = "{0} for {1} -> accepted: {2}")
  @CsvSource({
      "x, anne.dupont, false",
      "onze-carac, anne.dupont, false",
      "douze-caract, anne.dupont, true",
      "anne.dupont.cpas, anne.dupont.cpas, false",
      "ANNE.DUPONT.CPAS, anne.dupont.cpas, false",
      "anne.dupont.cpas-2026, anne.dupont.cpas, true"})
  void atLeastTwelveCharactersAndNotTheUserId(String password, String userId, boolean accepted) {
    UserEntity user = new UserEntity(userId);
    boolean engine = new ConventionPasswordPolicy().getRules().stream().allMatch(rule -> rule.execute(password, user));
    assertThat(engine).isEqualTo(accepted);
    assertThat(ConventionPasswordPolicy.refusal(password, userId) == null).isEqualTo(accepted);
  }

  @Test
  void theRefusalsSpeakFrench() {
    assertThat(ConventionPasswordPolicy.refusal("court", "x")).isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
    assertThat(ConventionPasswordPolicy.refusal("anne.dupont.cpas", "anne.dupont.cpas")).contains("différent de votre identifiant");
  }

  @Test
  void theWebappsKnowThePlaceholders() {
    assertThat(new ConventionPasswordPolicy().getRules()).extracting(PasswordPolicyRule::getPlaceholder)
        .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_USER_DATA");
  }
}
