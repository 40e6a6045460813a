package be.uvcw.convention.notification.web;

import be.uvcw.convention.identity.AccessDeniedException;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.notification.OutgoingMail;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.notification.SecretLinks;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail journal, newest first: what the application told whom (the demo's SMTP catches every
 * mail, so this is where staff read them). Union staff, management, finance and administrators see every
 * mail; a User's signatory sees only the mails about their own organisation.
 */
@RestController
@RequestMapping("/api/mails")
class MailJournalController {

  record MailView(Long id, Instant createdAt, String recipient, String subject, String body,
      String attachmentNames, Long organisationId, String status, String error) {

    static MailView of(OutgoingMail mail) {
      return new MailView(mail.getId(), mail.getCreatedAt(), mail.getRecipient(), mail.getSubject(), SecretLinks.mask(mail.getBody()),
          mail.getAttachmentNames(), mail.getOrganisationId(), mail.getStatus().name(), mail.getError());
    }
  }

  private final OutgoingMailRepository journal;
  private final SignatoryRepository signatories;
  private final CurrentUser currentUser;

  MailJournalController(OutgoingMailRepository journal, SignatoryRepository signatories, CurrentUser currentUser) {
    this.journal = journal;
    this.signatories = signatories;
    this.currentUser = currentUser;
  }

  /** The latest 200 mails, or one organisation's mails (organisationId). */
  @GetMapping
  @Transactional(readOnly = true)
  List<MailView> list(@RequestParam(required = false) Long organisationId) {
    if (currentUser.isInAnyGroup(Groups.ADMIN, Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE)) {
      List<OutgoingMail> mails = organisationId == null
          ? journal.findTop200ByOrderByCreatedAtDesc()
          : journal.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
      return mails.stream().map(MailView::of).toList();
    }
    Signatory signatory = signatories.findByUserId(currentUser.userId())
        .orElseThrow(() -> new AccessDeniedException("Le journal des e-mails est réservé au Personnel de l'Union."));
    Long own = signatory.getOrganisation().getId();
    if (organisationId != null && !organisationId.equals(own)) {
      throw new AccessDeniedException("Ces données appartiennent à une autre organisation.");
    }
    return journal.findByOrganisationIdOrderByCreatedAtDesc(own).stream().map(MailView::of).toList();
  }
}
