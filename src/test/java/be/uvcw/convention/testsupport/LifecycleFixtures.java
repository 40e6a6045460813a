package be.uvcw.convention.testsupport;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.SignatoryRole;
import be.uvcw.convention.provisioning.ProvisioningService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lifecycle tests' own data: an organisation with an active convention signed on a given day, and its space. */
@Component
public class LifecycleFixtures {

  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final ConventionRepository conventions;
  private final ProvisioningService provisioning;
  private final IdentityService identity;

  public LifecycleFixtures(MunicipalityRepository municipalities, OrganisationRepository organisations,
      ConventionRepository conventions, ProvisioningService provisioning, IdentityService identity) {
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.conventions = conventions;
    this.provisioning = provisioning;
    this.identity = identity;
  }

  /** A CPAS whose convention was signed by all three on that day, with its secure space on the Server. */
  @Transactional
  public Convention activeConvention(LocalDate signedOn) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Municipality municipality = municipalities.save(new Municipality("Entité " + suffix));
    Organisation organisation = new Organisation(municipality, OrganisationType.CPAS, "CPAS de " + suffix,
        TestEnterpriseNumbers.next(), new Address("Rue de l'Hôtel de Ville 1", "5000", "Namur"), "facturation-" + suffix + "@cpas.test");
    organisation.addSignatory(SignatoryRole.PRESIDENT, "Anne Président", "president-" + suffix + "@cpas.test", "pres-" + suffix);
    organisation = organisations.save(organisation);
    Convention convention = new Convention(organisation, "demande-" + suffix + "@cpas.test", Set.of(), Instant.parse("2026-01-05T09:00:00Z"));
    convention.acceptRequest(new BigDecimal("82.00"), 0);
    convention.recordPresidentSignature(new Signature(signedOn.minusDays(2), "Namur"));
    convention.recordSecretarySignature(new Signature(signedOn.minusDays(1), "Namur"));
    convention.recordUnionSignature("Michèle Boverie", new Signature(signedOn, "Namur"));
    convention.activate();
    convention = conventions.save(convention);
    provisioning.createSpace(organisation.getId());
    return convention;
  }

  /** A Camunda user in the given groups (created once), for REST calls with HTTP Basic. */
  public void ensureUser(String userId, String password, String... groups) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Test");
      user.setEmail(userId + "@uvcw.test");
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String groupId : groups) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(groupId);
        identity.saveGroup(group);
      }
      if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(userId, groupId);
      }
    }
  }
}
