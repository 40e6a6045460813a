package be.uvcw.convention.register;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations of the register's tests, named as a clerk would see them, with their signatories'
 * accounts (not demo users: a password set here) and a convention in the state asked for.
 */
@Component
class RegisterFixtures {

  static final String PASSWORD = "Registre-test-2026!";

  record Party(Organisation organisation, Convention convention, List<String> signatoryUserIds) {}

  enum State { UNDER_REVIEW, AWAITING_SIGNATURES, ACTIVE }

  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final ConventionRepository conventions;
  private final ProvisioningService provisioning;
  private final AccountService accounts;
  private final IdentityService identity;

  RegisterFixtures(MunicipalityRepository municipalities, OrganisationRepository organisations, ConventionRepository conventions,
      ProvisioningService provisioning, AccountService accounts, IdentityService identity) {
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.conventions = conventions;
    this.provisioning = provisioning;
    this.accounts = accounts;
    this.identity = identity;
  }

  /**
   * An organisation of that entity (created if new) with its two signatories ({@code first}, {@code second}: full
   * names) and a convention; an ACTIVE one was signed on {@code signedOn} and has its space.
   */
  @Transactional
  Party organisation(String entity, OrganisationType type, String first, String second, State state, LocalDate signedOn) {
    Municipality municipality = municipalities.findByNameIgnoreCase(entity).orElseGet(() -> municipalities.save(new Municipality(entity)));
    String name = (type == OrganisationType.CPAS ? "CPAS de " : "Ville de ") + entity;
    String slug = (type == OrganisationType.CPAS ? "cpas" : "ville") + entity.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    Organisation organisation = new Organisation(municipality, type, name, TestEnterpriseNumbers.next(),
        new Address("Place communale 1", "5150", entity), "facturation@" + slug + ".test");
    String suffix = organisation.getEnterpriseNumber().digits().substring(6);
    Signatory one = organisation.addSignatory(type.firstSignatory(), first, email(first, slug), userId(first, suffix));
    Signatory two = organisation.addSignatory(type.secondSignatory(), second, email(second, slug), userId(second, suffix));
    organisation = organisations.save(organisation);
    accounts.ensureSignatoryAccount(one);
    accounts.ensureSignatoryAccount(two);
    setPassword(one.getUserId());
    setPassword(two.getUserId());
    Convention convention = new Convention(organisation, email(first, slug), Set.of(), Instant.parse("2026-01-05T09:00:00Z"));
    if (state != State.UNDER_REVIEW) {
      convention.acceptRequest(new BigDecimal("82.00"), 0);
    }
    if (state == State.ACTIVE) {
      convention.recordPresidentSignature(new Signature(signedOn.minusDays(2), entity));
      convention.recordSecretarySignature(new Signature(signedOn.minusDays(1), entity));
      convention.recordUnionSignature("Michèle Boverie", new Signature(signedOn, "Namur"));
      convention.activate();
    }
    convention = conventions.save(convention);
    if (state == State.ACTIVE) {
      provisioning.createSpace(organisation.getId());
    }
    return new Party(organisation, convention, List.of(one.getUserId(), two.getUserId()));
  }

  /** A Union person with a password, in the given group. */
  void unionUser(String userId, String group) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + userId.substring(1));
      user.setLastName("Test");
      user.setEmail(userId + "@uvcw.test");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    if (group != null && identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
      identity.createMembership(userId, group);
    }
  }

  private void setPassword(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(PASSWORD);
    identity.saveUser(user);
  }

  private static String email(String fullName, String slug) {
    return fullName.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replaceAll("[^a-z.]", "") + "@" + slug + ".test";
  }

  private static String userId(String fullName, String suffix) {
    String[] parts = fullName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "").split(" ");
    return parts[0].charAt(0) + parts[parts.length - 1] + "-" + suffix;
  }
}
