package be.uvcw.convention.onboarding;

import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import java.util.List;

/** Membership requests for tests: unique organisation, entity, people and addresses on every call. */
final class OnboardingRequests {

  private OnboardingRequests() {}

  static MembershipRequest cpas() {
    return forType("CPAS", null);
  }

  static MembershipRequest forType(String type, String municipality) {
    String digits = TestEnterpriseNumbers.next().digits();
    String entity = municipality != null ? municipality : "Entité " + digits;
    String org = ("CPAS".equals(type) ? "CPAS de " : "Commune de ") + entity;
    return new MembershipRequest(org, digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7), type, entity,
        "Rue de l'Église 1", "5000", "Namur", "factures-" + digits + "@org.test",
        "Anne Président" + digits, "president-" + digits + "@org.test",
        "Jean Secrétaire" + digits, "secretaire-" + digits + "@org.test",
        List.of("site-web", "courrier"), "agent-" + digits + "@uvcw.test");
  }

  static MembershipRequest withPostalCode(MembershipRequest r, String postalCode, List<String> tools) {
    return new MembershipRequest(r.organisationName(), r.enterpriseNumber(), r.organisationType(), r.municipalityName(), r.street(),
        postalCode, r.city(), r.billingEmail(), r.firstSignatoryName(), r.firstSignatoryEmail(), r.secondSignatoryName(),
        r.secondSignatoryEmail(), tools, r.requesterEmail());
  }
}
