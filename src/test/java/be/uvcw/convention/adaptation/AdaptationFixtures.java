package be.uvcw.convention.adaptation;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRole;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users under an active convention, with signatory accounts, a secure space on the (test) Server
 * and Tools installed, for the adaptation, Tool request/update, maintenance and help tests.
 */
@Component
public class AdaptationFixtures {

  /** Every test account gets this password, so HTTP tests can sign in. */
  public static final String PASSWORD = "mot-de-passe-de-test-42";

  public record User(Organisation organisation, String presidentUserId, String secretaryUserId, String presidentEmail) {
    public Long id() {
      return organisation.getId();
    }

    public String tenantId() {
      return organisation.getTenantId();
    }
  }

  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final ConventionRepository conventions;
  private final ToolRepository tools;
  private final AccountService accounts;
  private final ProvisioningService provisioning;
  private final IdentityService identityService;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public AdaptationFixtures(MunicipalityRepository municipalities, OrganisationRepository organisations, ConventionRepository conventions,
      ToolRepository tools, AccountService accounts, ProvisioningService provisioning, IdentityService identityService,
      TransactionTemplate transactions, Clock clock) {
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.conventions = conventions;
    this.tools = tools;
    this.accounts = accounts;
    this.provisioning = provisioning;
    this.identityService = identityService;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A CPAS under an active convention, its two signatories able to sign in, its space holding those Tools. */
  public User activeCpasWithTools(String... toolCodes) {
    User user = transactions.execute(status -> {
      EnterpriseNumber number = TestEnterpriseNumbers.next();
      String suffix = number.digits();
      Municipality municipality = municipalities.save(new Municipality("Entité adaptation " + suffix));
      Organisation cpas = new Organisation(municipality, OrganisationType.CPAS, "CPAS de " + suffix, number,
          new Address("Rue de l'Hôtel de Ville 1", "5000", "Namur"), "factures-" + suffix + "@cpas.test");
      Signatory president = cpas.addSignatory(SignatoryRole.PRESIDENT, "Anne Présidente " + suffix, "president-" + suffix + "@cpas.test",
          "pres-" + suffix);
      Signatory secretary = cpas.addSignatory(SignatoryRole.SECRETARY, "Jean Secrétaire " + suffix, "secretaire-" + suffix + "@cpas.test",
          "secr-" + suffix);
      organisations.save(cpas);
      accounts.ensureSignatoryAccount(president);
      accounts.ensureSignatoryAccount(secretary);
      Convention convention = new Convention(cpas, president.getEmail(), Set.copyOf(tools.findByCodeIn(Set.of(toolCodes))), clock.instant());
      convention.activateImported(ConventionDates.fromSignature(LocalDate.of(2026, 1, 15)), LocalDate.now(clock));
      conventions.save(convention);
      return new User(cpas, president.getUserId(), secretary.getUserId(), president.getEmail());
    });
    setPassword(user.presidentUserId());
    setPassword(user.secretaryUserId());
    provisioning.createSpace(user.id());
    for (String code : toolCodes) {
      provisioning.installTool(user.id(), code);
    }
    return user;
  }

  /** A Tool of its own, so a rollout touches only the spaces a test gave it. */
  public Tool newTool(String version) {
    String code = "outil-test-" + UUID.randomUUID().toString().substring(0, 8);
    return tools.save(new Tool(code, "Outil de test " + code, "Outil créé pour un test.", version, "https://www.communesplone.be/guides/" + code));
  }

  /** A person with a Camunda account (and the test password) in those groups. */
  public String person(String prefix, String... groups) {
    String userId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    org.camunda.bpm.engine.identity.User user = identityService.newUser(userId);
    user.setFirstName("Prénom");
    user.setLastName(userId);
    user.setEmail(userId + "@uvcw.test");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(userId, group);
    }
    return userId;
  }

  public void setPassword(String userId) {
    org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }
}
