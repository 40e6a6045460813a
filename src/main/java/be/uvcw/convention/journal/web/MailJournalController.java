package be.uvcw.convention.journal.web;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.Forbidden;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.notification.MailOutbox;
import be.uvcw.convention.notification.OutgoingMail;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.notification.SecretLinks;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail journal, newest first: what the application told whom, and where each mail stands in
 * the outbox (the demo's SMTP catches every mail, so this is where staff read them). Personal
 * links are masked (SecretLinks): only their recipient ever reads them. Union staff,
 * management, finance and administrators see every mail; a User's signatory sees only the mails about their
 * own organisation. Staff resend a FAILED mail, optionally to a corrected address.
 */
@RestController
@RequestMapping("/api/mails")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MailJournalController {

  private static final int DEFAULT_LIMIT = 200;
  private static final int MAX_LIMIT = 1000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

  /** One journal line: the fields a page lists (status, attempts, last error, times). */
  record MailView(Long id, Instant createdAt, String recipient, String subject, String body,
      String attachmentNames, Long organisationId, String status, String error, int attempts,
      Instant nextAttemptAt, Instant sentAt) {

    static MailView of(OutgoingMail mail) {
      return new MailView(mail.getId(), mail.getCreatedAt(), mail.getRecipient(), mail.getSubject(), SecretLinks.mask(mail.getBody()),
          mail.getAttachmentNames(), mail.getOrganisationId(), mail.getStatus().name(), mail.getError(), mail.getAttempts(),
          mail.getNextAttemptAt(), mail.getSentAt());
    }
  }

  record ResendRequest(String recipient) {}

  private final OutgoingMailRepository journal;
  private final SignatoryRepository signatories;
  private final CurrentUser currentUser;
  private final MailOutbox outbox;

  /** The latest mails (200 unless limit says otherwise, at most 1,000), of one organisation and/or in one status. */
  @GetMapping
  @Transactional(readOnly = true)
  List<MailView> list(@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer limit) {
    OutgoingMail.Status wanted = status(status);
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new BadInput("La limite doit être comprise entre 1 et " + MAX_LIMIT + ".");
    }
    PageRequest page = PageRequest.of(0, limit == null ? DEFAULT_LIMIT : limit);
    if (currentUser.isInAnyGroup(Groups.ADMIN, Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE)) {
      return journal.journal(organisationId, wanted, page).stream().map(MailView::of).toList();
    }
    Signatory signatory = signatories.findByUserId(currentUser.userId())
        .orElseThrow(() -> new Forbidden("Le journal des e-mails est réservé au Personnel de l'Union."));
    Long own = signatory.getOrganisation().getId();
    if (organisationId != null && !organisationId.equals(own)) {
      throw new Forbidden("Ces données appartiennent à une autre organisation.");
    }
    return journal.journal(own, wanted, page).stream().map(MailView::of).toList();
  }

  /** Sends a FAILED mail again, alone (staff only); {"recipient": "…"} corrects its address. 409 unless it FAILED. */
  @PostMapping("/{id}/resend")
  MailView resend(@PathVariable long id, @RequestBody(required = false) ResendRequest request) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    String recipient = request == null || request.recipient() == null || request.recipient().isBlank() ? null : request.recipient().trim();
    if (recipient != null && (recipient.length() > 254 || !EMAIL.matcher(recipient).matches())) {
      throw new BadInput("Adresse e-mail invalide : « " + recipient + " ».");
    }
    OutgoingMail mail = journal.findById(id).orElseThrow(() -> new NotFound("E-mail " + id + " introuvable."));
    if (!outbox.resend(id, recipient)) {
      throw new Conflict("Seul un e-mail en échec (FAILED) peut être renvoyé ; celui-ci est " + mail.getStatus().name() + ".");
    }
    return journal.findById(id).map(MailView::of).orElseThrow(() -> new NotFound("E-mail " + id + " introuvable."));
  }

  private static OutgoingMail.Status status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OutgoingMail.Status.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInput("Statut inconnu : « " + value + " » (attendu : "
          + String.join(", ", Arrays.stream(OutgoingMail.Status.values()).map(Enum::name).toList()) + ").");
    }
  }
}
