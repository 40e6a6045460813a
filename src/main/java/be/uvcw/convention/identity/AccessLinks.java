package be.uvcw.convention.identity;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.notification.MailDeliveryException;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.notification.SecretLinks;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRepository;
import be.uvcw.convention.platform.PublicUrl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal one-time links through which a person chooses their password (art. 6.7: no password by
 * e-mail). Only the SHA-256 of a token is stored; issuing a link revokes the person's earlier ones;
 * a link is spent when used and expires after {@link #VALIDITY}. The link travels only in the mail
 * to its recipient: the journal masks it (notification.SecretLinks).
 */
@Service
@RequiredArgsConstructor
public class AccessLinks {

  public static final Duration VALIDITY = Duration.ofDays(30);

  /** A link just issued: its address (the only copy of the token) and when it stops working. */
  public record IssuedLink(String url, Instant expiresAt) {
    /** The last day the link works, for the mail (written « 1er janvier 2027 » by its template). */
    public LocalDate expiresOn(Clock clock) {
      return LocalDate.ofInstant(expiresAt, clock.getZone());
    }
  }

  /** What staff are told after sending a link (never the link). */
  public record SentLink(String userId, String recipient, Instant expiresAt) {}

  private final AccountActivationRepository activations;
  private final AccountSetupRepository setups;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final SignatoryRepository signatories;
  private final MailService mail;
  private final MailTemplates templates;
  private final PublicUrl publicUrl;
  private final Clock clock;

  /** A new link for the person; their earlier links stop working. The caller mails it to them and to nobody else. */
  @Transactional
  public IssuedLink issue(String userId, AccountActivation.Purpose purpose) {
    Instant now = clock.instant();
    activations.revokeOpenLinks(userId, now);
    String token = AccessTokens.newToken();
    Instant expiresAt = now.plus(VALIDITY);
    activations.saveAndFlush(new AccountActivation(AccessTokens.hash(token), userId, purpose, now, expiresAt));
    return new IssuedLink(publicUrl.of(SecretLinks.ACTIVATION_PATH + token), expiresAt);
  }

  /** Every usable link of the person stops working (a replaced signatory). */
  @Transactional
  public void revokeAll(String userId) {
    activations.revokeOpenLinks(userId, clock.instant());
  }

  /** True while an account created by the application still has the random password nobody knows. */
  @Transactional(readOnly = true)
  public boolean waitsForPassword(String userId) {
    return setups.findById(userId).map(AccountSetup::waitsForPassword).orElse(false);
  }

  /** Records that the application created this account with a random password. */
  @Transactional
  public void accountCreated(String userId) {
    if (!setups.existsById(userId)) {
      setups.save(new AccountSetup(userId, clock.instant()));
    }
  }

  /** The person has a password of their own (set outside an access link, e.g. the demo's seeded passwords). */
  @Transactional
  public void passwordChosen(String userId) {
    setups.findById(userId).ifPresent(setup -> setup.passwordChosen(clock.instant()));
  }

  /** Who the link is for, or why it cannot be used (French message), without using it. */
  @Transactional(readOnly = true)
  public String userIdOf(String token) {
    return usable(token).getUserId();
  }

  /** The result of a successful activation: who, and where Tasklist should open (their oldest open task). */
  public record Activated(String userId, String tasklistUrl) {}

  /** Sets the password chosen through a link, which is then spent. The policy is the engine's (ConventionPasswordPolicy). */
  @Transactional
  public Activated activate(String token, String newPassword) {
    AccountActivation activation = usable(token);
    String refusal = ConventionPasswordPolicy.refusal(newPassword, activation.getUserId());
    if (refusal != null) {
      throw new BadInput(refusal);
    }
    User user = identityService.createUserQuery().userId(activation.getUserId()).singleResult();
    if (user == null) {
      throw new BadInput("Le compte lié à ce lien n'existe plus. Contactez l'Union.");
    }
    user.setPassword(newPassword);
    identityService.saveUser(user);
    Instant now = clock.instant();
    activation.markUsed(now);
    setups.findById(user.getId()).ifPresent(setup -> setup.passwordChosen(now));
    return new Activated(user.getId(), tasklistUrlFor(user.getId()));
  }

  /** Tasklist opened on the person's oldest open task, or Tasklist's start page when they have none. */
  String tasklistUrlFor(String userId) {
    List<Task> open = taskService.createTaskQuery().taskAssignee(userId).active().orderByTaskCreateTime().asc().listPage(0, 1);
    return open.isEmpty() ? "/camunda/app/tasklist/" : "/camunda/app/tasklist/default/#/?task=" + open.get(0).getId();
  }

  /**
   * Staff's « Envoyer un nouveau lien d'accès »: to a signatory or a member of a Union group, by
   * mail to the address on record. Earlier links stop working. Administrators' accounts are managed
   * in Admin, not by mail.
   */
  @Transactional
  public SentLink sendAccessLink(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new NotFound("Personne inconnue : aucun compte « " + userId + " ».");
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    if (groups.contains(Groups.ADMIN)) {
      throw new Conflict("Le compte d'un administrateur se gère dans Admin : aucun lien d'accès ne lui est envoyé par e-mail.");
    }
    Optional<Signatory> signatory = signatories.findByUserId(userId);
    boolean union = groups.stream().anyMatch(IdentitySetup.UNION_GROUPS::contains);
    if (signatory.isEmpty() && !union) {
      throw new Conflict("« " + userId + " » n'est ni signataire d'une organisation ni membre de l'Union : "
          + "aucun lien d'accès ne peut lui être envoyé.");
    }
    String email = signatory.map(Signatory::getEmail).orElse(user.getEmail());
    if (email == null || email.isBlank()) {
      throw new Conflict("« " + userId + " » n'a pas d'adresse e-mail enregistrée : complétez-la d'abord dans Admin.");
    }
    String name = signatory.map(Signatory::getFullName).orElse((nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim());
    String organisation = signatory.map(s -> s.getOrganisation().getName()).orElse(null);
    Long organisationId = signatory.map(s -> s.getOrganisation().getId()).orElse(null);
    IssuedLink link = issue(userId, AccountActivation.Purpose.ACCESS_LINK);
    try {
      Map<String, Object> values = new HashMap<>();
      values.put(MailTemplates.RECIPIENT_NAME, name);
      values.put("organisation", organisation);
      values.put("userId", userId);
      values.put("expiresOn", link.expiresOn(clock));
      values.put("link", link.url());
      mail.send(templates.mail("access-link", email, organisationId, values));
    } catch (MailDeliveryException e) {
      // The transaction rolls back: the earlier links work again and nothing half-done remains.
      throw new LinkNotSentException("Le lien d'accès n'a pas pu être envoyé à " + email
          + " (serveur de messagerie indisponible). Réessayez dans quelques minutes.", e);
    }
    return new SentLink(userId, email, link.expiresAt());
  }

  /** Someone staff may send a link to, as Tasklist lists them: "Anne Dupont – Président, CPAS de Namur (anne.dupont)". */
  public record Recipient(String userId, String label) {}

  /** At most this many people are offered at once; a search narrows the list. */
  static final int MAXIMUM_RECIPIENTS = 300;

  /**
   * The people {@link #sendAccessLink} accepts (signatories and Union members with an e-mail, no
   * administrator), whose name, id, e-mail or organisation contains the search; everyone when
   * nothing matches. Sorted by label.
   */
  @Transactional(readOnly = true)
  public List<Recipient> recipients(String search) {
    List<Recipient> everyone = new java.util.ArrayList<>();
    java.util.Set<String> admins = identityService.createUserQuery().memberOfGroup(Groups.ADMIN).list().stream()
        .map(User::getId).collect(java.util.stream.Collectors.toSet());
    for (Signatory s : signatories.findAll()) {
      if (!admins.contains(s.getUserId()) && s.getEmail() != null && !s.getEmail().isBlank()) {
        everyone.add(new Recipient(s.getUserId(), s.getFullName() + " – " + s.getRole().label() + ", " + s.getOrganisation().getName()
            + " (" + s.getUserId() + ", " + s.getEmail() + ")"));
      }
    }
    for (String group : IdentitySetup.UNION_GROUPS) {
      String groupName = identityService.createGroupQuery().groupId(group).singleResult().getName();
      for (User user : identityService.createUserQuery().memberOfGroup(group).list()) {
        if (!admins.contains(user.getId()) && user.getEmail() != null && !user.getEmail().isBlank()) {
          String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
          everyone.add(new Recipient(user.getId(), (name.isEmpty() ? user.getId() : name) + " – " + groupName
              + " (" + user.getId() + ", " + user.getEmail() + ")"));
        }
      }
    }
    String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    List<Recipient> matching = needle.isEmpty() ? everyone
        : everyone.stream().filter(r -> r.label().toLowerCase(Locale.ROOT).contains(needle)).toList();
    return (matching.isEmpty() ? everyone : matching).stream().distinct()
        .sorted(java.util.Comparator.comparing(Recipient::label, String.CASE_INSENSITIVE_ORDER))
        .limit(MAXIMUM_RECIPIENTS).toList();
  }

  /** The mail server refused the access-link mail (answered 503 by the API). */
  public static class LinkNotSentException extends be.uvcw.convention.error.Unavailable {
    LinkNotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private AccountActivation usable(String token) {
    String trimmed = token == null ? "" : token.trim();
    AccountActivation activation = trimmed.isEmpty() ? null : activations.findById(AccessTokens.hash(trimmed)).orElse(null);
    if (activation == null) {
      throw new BadInput("Ce lien d'activation est inconnu. Vérifiez que vous avez copié l'adresse complète reçue par e-mail.");
    }
    if (activation.used()) {
      throw new Conflict("Ce lien d'activation a déjà été utilisé. Connectez-vous avec le mot de passe choisi, "
          + "ou demandez un nouveau lien à l'Union si vous l'avez oublié.");
    }
    if (activation.revoked()) {
      throw new Conflict("Ce lien d'activation a été remplacé par un lien plus récent : utilisez le dernier "
          + "e-mail reçu de l'Union, ou demandez-lui un nouveau lien.");
    }
    if (activation.expiredAt(clock.instant())) {
      throw new Conflict("Ce lien d'activation a expiré (validité de " + VALIDITY.toDays()
          + " jours). Demandez-en un nouveau à l'Union.");
    }
    return activation;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
