package be.uvcw.convention.identity;

import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Camunda tenants and accounts for the Users' people. Accounts are created without a usable
 * password; the person chooses one through a one-time activation link sent by e-mail.
 */
@Service
public class AccountService {

  static final Duration ACTIVATION_VALIDITY = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;
  private final AccountActivationRepository activations;
  private final Clock clock;
  private final String publicUrl;

  public AccountService(IdentityService identityService, AccountActivationRepository activations, Clock clock,
      @Value("${convention.public-url}") String publicUrl) {
    this.identityService = identityService;
    this.activations = activations;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /** The organisation's tenant, created once, visible to every Union group (staff, management, finance, maintenance). */
  @Transactional
  public void ensureTenant(Organisation organisation) {
    ensureTenant(organisation.getTenantId(), organisation.getName());
  }

  /**
   * The tenant named after the organisation, with the Union's groups as members: also for a request
   * whose new organisation is not recorded yet (invalid), so that its « Corriger la demande » task
   * is in a tenant staff belong to (issue 12: no request vanishes).
   */
  public void ensureTenant(String tenantId, String organisationName) {
    if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
      Tenant tenant = identityService.newTenant(tenantId);
      tenant.setName(organisationName == null || organisationName.isBlank() ? tenantId : organisationName.trim());
      identityService.saveTenant(tenant);
    }
    for (String group : IdentitySetup.UNION_GROUPS) {
      IdentitySetup.ensureTenantGroupMembership(identityService, tenantId, group);
    }
  }

  /** The signatory's Camunda user, in the signatories group and the organisation's tenant; created once. */
  @Transactional
  public void ensureSignatoryAccount(Signatory signatory) {
    Organisation organisation = signatory.getOrganisation();
    ensureTenant(organisation);
    String userId = signatory.getUserId();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      // An unguessable password nobody knows: the person sets their own through the activation link.
      user.setPassword(randomToken());
    }
    String[] names = splitName(signatory.getFullName());
    user.setFirstName(names[0]);
    user.setLastName(names[1]);
    user.setEmail(signatory.getEmail());
    identityService.saveUser(user);
    if (identityService.createGroupQuery().groupId(Groups.SIGNATORIES).groupMember(userId).count() == 0) {
      identityService.createMembership(userId, Groups.SIGNATORIES);
    }
    if (identityService.createTenantQuery().tenantId(organisation.getTenantId()).userMember(userId).count() == 0) {
      identityService.createTenantUserMembership(organisation.getTenantId(), userId);
    }
  }

  /** A one-time link, valid 30 days, through which the user chooses a password. */
  @Transactional
  public String issueActivationLink(String userId, AccountActivation.Purpose purpose) {
    String token = randomToken();
    activations.save(new AccountActivation(token, userId, purpose, clock.instant(), clock.instant().plus(ACTIVATION_VALIDITY)));
    return publicUrl + "/activation.html?jeton=" + token;
  }

  /** Passwords chosen through an activation link are at least this long. */
  public static final int MINIMUM_PASSWORD_LENGTH = 12;

  /** Who the link is for, or why it cannot be used (French message), without using it. */
  @Transactional(readOnly = true)
  public String activationUserId(String token) {
    return usableActivation(token).getUserId();
  }

  /** Sets the password chosen through an activation link; the link then stops working. */
  @Transactional
  public String activate(String token, String newPassword) {
    AccountActivation activation = usableActivation(token);
    if (newPassword == null || newPassword.length() < MINIMUM_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("Le mot de passe doit compter au moins " + MINIMUM_PASSWORD_LENGTH + " caractères.");
    }
    if (newPassword.isBlank() || newPassword.equalsIgnoreCase(activation.getUserId())) {
      throw new IllegalArgumentException("Choisissez un mot de passe différent de votre identifiant.");
    }
    User user = identityService.createUserQuery().userId(activation.getUserId()).singleResult();
    if (user == null) {
      throw new IllegalArgumentException("Le compte lié à ce lien n'existe plus. Contactez l'Union.");
    }
    user.setPassword(newPassword);
    identityService.saveUser(user);
    activation.markUsed(clock.instant());
    return user.getId();
  }

  private AccountActivation usableActivation(String token) {
    AccountActivation activation = token == null ? null : activations.findById(token.trim()).orElse(null);
    if (activation == null) {
      throw new IllegalArgumentException("Ce lien d'activation est inconnu. Vérifiez que vous avez copié l'adresse complète reçue par e-mail.");
    }
    if (activation.used()) {
      throw new IllegalStateException("Ce lien d'activation a déjà été utilisé. Connectez-vous avec le mot de passe choisi, "
          + "ou demandez un nouveau lien à l'Union si vous l'avez oublié.");
    }
    if (activation.expiredAt(clock.instant())) {
      throw new IllegalStateException("Ce lien d'activation a expiré (validité de " + ACTIVATION_VALIDITY.toDays()
          + " jours). Demandez-en un nouveau à l'Union.");
    }
    return activation;
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String[] splitName(String fullName) {
    String trimmed = fullName.trim();
    int space = trimmed.indexOf(' ');
    return space < 0 ? new String[] {trimmed, ""} : new String[] {trimmed.substring(0, space), trimmed.substring(space + 1)};
  }
}
