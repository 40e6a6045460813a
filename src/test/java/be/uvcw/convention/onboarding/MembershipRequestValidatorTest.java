package be.uvcw.convention.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipRequestValidatorTest {

  static final Set<String> CATALOG = Set.of("site-web", "deliberations", "courrier");

  static MembershipRequest valid() {
    return new MembershipRequest("CPAS de Ciney", "0207.345.616", "CPAS", "Ciney", "Rue du Centre 1", "5590", "Ciney",
        "factures@cpas-ciney.be", "Anne Dupont", "anne.dupont@cpas-ciney.be", "Jean Martin", "jean.martin@cpas-ciney.be",
        List.of("site-web", "courrier"), "agent@uvcw.be");
  }

  @Test
  void aCompleteRequestHasNoError() {
    assertThat(MembershipRequestValidator.validate(valid(), CATALOG)).isEmpty();
  }

  @Test
  void everyFieldErrorIsGivenAtOnceInFrenchNamingTheField() {
    MembershipRequest bad = new MembershipRequest("", "0207.345.617", "ASBL", " ", "", "0500", "", "factures-at-cpas",
        "", "anne@", "Jean Martin", "", List.of(), "");
    Map<String, String> errors = MembershipRequestValidator.validate(bad, CATALOG);
    assertThat(errors).containsOnlyKeys("organisationName", "enterpriseNumber", "organisationType", "municipalityName", "street",
        "postalCode", "city", "billingEmail", "firstSignatoryName", "firstSignatoryEmail", "secondSignatoryEmail", "toolCodes",
        "requesterEmail");
    assertThat(errors.get("organisationName")).startsWith("Nom de l'organisation :");
    assertThat(errors.get("enterpriseNumber")).startsWith("Numéro d'entreprise :").contains("modulo 97");
    assertThat(errors.get("postalCode")).startsWith("Code postal :").contains("0500");
    assertThat(errors.get("billingEmail")).startsWith("E-mail de facturation :");
    assertThat(errors.get("toolCodes")).contains("au moins un Outil");
  }

  @Test
  void unknownToolsAndOneEmailForBothSignatoriesAreRefused() {
    MembershipRequest r = valid();
    MembershipRequest bad = new MembershipRequest(r.organisationName(), r.enterpriseNumber(), "commune", r.municipalityName(),
        r.street(), r.postalCode(), r.city(), r.billingEmail(), r.firstSignatoryName(), "same@ciney.be", r.secondSignatoryName(),
        "SAME@ciney.be", List.of("site-web", "jeux-video"), r.requesterEmail());
    Map<String, String> errors = MembershipRequestValidator.validate(bad, CATALOG);
    assertThat(errors).containsOnlyKeys("secondSignatoryEmail", "toolCodes");
    assertThat(errors.get("toolCodes")).contains("jeux-video");
  }
}
