package be.uvcw.convention.demo;

import be.uvcw.convention.ConventionApplication;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.identity.AccessLinks;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's people and organisations (a bean under the demo profile only, see DemoConfiguration): every password
 * is the user id, which is acceptable only because this data never exists outside the demo.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  record Person(String userId, String firstName, String lastName, String email, String group) {}

  /** The Union's demo team; "admin" itself comes from convention.admin.* (application-demo.yml). */
  static final List<Person> UNION_TEAM = List.of(
      new Person("staff", "Sophie", "Renard", "sophie.renard@uvcw.be", Groups.UNION_STAFF),
      new Person("direction", "Michèle", "Boverie", "michele.boverie@uvcw.be", Groups.UNION_MANAGEMENT),
      new Person("finance", "Marc", "Delvaux", "marc.delvaux@uvcw.be", Groups.FINANCE),
      new Person("maintenance", "Julien", "Lecomte", "julien.lecomte@uvcw.be", Groups.MAINTENANCE));

  /** Signed on these days by the Mayor, the Director-General and the Union: in force since 2025-10-01. */
  static final LocalDate NAMUR_SIGNED_BY_COMMUNE = LocalDate.of(2025, 9, 8);
  static final LocalDate NAMUR_SIGNED_BY_UNION = LocalDate.of(2025, 9, 15);

  private final IdentityService identity;
  private final AccountService accounts;
  private final AccessLinks accessLinks;
  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final ConventionRepository conventions;
  private final ToolRepository tools;
  private final ConventionLifecycleProcess lifecycle;

  @Transactional
  public void load() {
    UNION_TEAM.forEach(this::ensureUnionMember);
    Municipality namur = ensureEntity("Namur",
        new Seed("Ville de Namur", "0207.343.834", new Address("Hôtel de Ville", "5000", "Namur"), "comptabilite@ville.namur.be",
            new SeedSignatory(SignatoryRole.MAYOR, "Hélène Dubois-Marchal", "bourgmestre@ville.namur.be", "bourgmestre.namur"),
            new SeedSignatory(SignatoryRole.DIRECTOR_GENERAL, "Laurence Lecomte-Piret", "directrice.generale@ville.namur.be", "dg.namur")),
        new Seed("CPAS de Namur", "0212.345.668", new Address("Rue de Dave 165", "5100", "Jambes"), "factures@cpasnamur.be",
            new SeedSignatory(SignatoryRole.PRESIDENT, "Luc Vandenberghe", "president@cpasnamur.be", "president.namur"),
            new SeedSignatory(SignatoryRole.SECRETARY, "Anne-Françoise Gillard", "directrice.generale@cpasnamur.be", "secretaire.namur")));
    ensureEntity("Gembloux",
        new Seed("Ville de Gembloux", "0207.123.407", new Address("Parc d'Epinal 2", "5030", "Gembloux"), "finances@gembloux.be",
            new SeedSignatory(SignatoryRole.MAYOR, "Thierry Lambotte", "bourgmestre@gembloux.be", "bourgmestre.gembloux"),
            new SeedSignatory(SignatoryRole.DIRECTOR_GENERAL, "Pierre Vanderick", "dg@gembloux.be", "dg.gembloux")),
        new Seed("CPAS de Gembloux", "0212.135.733", new Address("Rue Chapelle Marion 4", "5030", "Gembloux"), "comptabilite@cpasgembloux.be",
            new SeedSignatory(SignatoryRole.PRESIDENT, "Martine Hautfenne", "presidente@cpasgembloux.be", "president.gembloux"),
            new SeedSignatory(SignatoryRole.SECRETARY, "Olivier Degreef", "dg@cpasgembloux.be", "secretaire.gembloux")));
    ensureNamurCommuneUnderConvention(namur);
  }

  private void ensureUnionMember(Person person) {
    User user = identity.createUserQuery().userId(person.userId()).singleResult();
    if (user == null) {
      user = identity.newUser(person.userId());
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      user.setPassword(person.userId());
      demoPassword(user);
    }
    if (identity.createGroupQuery().groupId(person.group()).groupMember(person.userId()).count() == 0) {
      identity.createMembership(person.userId(), person.group());
    }
  }

  /** The one place the password policy is skipped (ConventionPasswordPolicy): demo users, demo profile only. */
  private void demoPassword(User user) {
    ((IdentityServiceImpl) identity).saveUser(user, true);
    accessLinks.passwordChosen(user.getId());
  }

  record SeedSignatory(SignatoryRole role, String fullName, String email, String userId) {}

  record Seed(String name, String enterpriseNumber, Address address, String billingEmail, SeedSignatory first, SeedSignatory second) {}

  private Municipality ensureEntity(String name, Seed commune, Seed cpas) {
    Municipality municipality = municipalities.findByNameIgnoreCase(name)
        .orElseGet(() -> municipalities.save(new Municipality(name)));
    ensureOrganisation(municipality, OrganisationType.COMMUNE, commune);
    ensureOrganisation(municipality, OrganisationType.CPAS, cpas);
    return municipality;
  }

  private void ensureOrganisation(Municipality municipality, OrganisationType type, Seed seed) {
    Organisation organisation = organisations.findByMunicipalityAndType(municipality, type).orElseGet(() -> {
      Organisation created = new Organisation(municipality, type, seed.name(), EnterpriseNumber.parse(seed.enterpriseNumber()),
          seed.address(), seed.billingEmail());
      for (SeedSignatory s : List.of(seed.first(), seed.second())) {
        created.addSignatory(s.role(), s.fullName(), s.email(), s.userId());
      }
      log.info("Démo : organisation « {} » créée", seed.name());
      return organisations.save(created);
    });
    accounts.ensureTenant(organisation);
    for (Signatory signatory : organisation.getSignatories()) {
      boolean isNew = identity.createUserQuery().userId(signatory.getUserId()).count() == 0;
      accounts.ensureSignatoryAccount(signatory);
      if (isNew) {
        // Demo only: the password is the user id, so the demo can be tried without the activation mail.
        User user = identity.createUserQuery().userId(signatory.getUserId()).singleResult();
        user.setPassword(signatory.getUserId());
        demoPassword(user);
      }
    }
  }

  /**
   * The Ville de Namur signed in September 2025: the CPAS of Namur therefore gets the 50% reduction. Its
   * lifecycle starts by the message « Convention activée », as onboarding and the import send it; a second
   * load (or a demo database from before the message) finds it running or starts it once.
   */
  private void ensureNamurCommuneUnderConvention(Municipality namur) {
    Organisation commune = organisations.findByMunicipalityAndType(namur, OrganisationType.COMMUNE).orElseThrow();
    List<Convention> existing = conventions.findByOrganisationOrderByRequestedAtDesc(commune);
    Convention convention = existing.isEmpty() ? namurConvention(commune) : existing.get(0);
    if (convention.getStatus() == ConventionStatus.ACTIVE) {
      lifecycle.start(convention.getId());
    }
  }

  private Convention namurConvention(Organisation commune) {
    Convention convention = new Convention(commune, "directrice.generale@ville.namur.be",
        new LinkedHashSet<>(tools.findByCodeIn(List.of("site-web", "deliberations", "courrier"))),
        LocalDate.of(2025, 8, 25).atTime(10, 30).atZone(ZoneId.of(ConventionApplication.ZONE)).toInstant());
    convention.acceptRequest(new BigDecimal("82.00"), 0);
    convention.recordPresidentSignature(new Signature(NAMUR_SIGNED_BY_COMMUNE, "Namur"));
    convention.recordSecretarySignature(new Signature(NAMUR_SIGNED_BY_COMMUNE, "Namur"));
    convention.recordUnionSignature("Michèle Boverie", new Signature(NAMUR_SIGNED_BY_UNION, "Namur"));
    convention.activate();
    convention = conventions.saveAndFlush(convention);
    log.info("Démo : convention de la Ville de Namur en vigueur du {} au {} au plus tard",
        convention.getStartDate(), convention.getLimitEnd());
    return convention;
  }
}
