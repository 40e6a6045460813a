package be.uvcw.convention.onboarding;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDocument;
import be.uvcw.convention.identity.AccessLinks;
import be.uvcw.convention.identity.AccountActivation;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.platform.PublicUrl;
import be.uvcw.convention.provisioning.SpaceReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The French e-mails of the onboarding, from the templates {@code mail/onboarding-*.mustache}.
 * Never a password (art. 6.7): access goes through an activation link.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OnboardingMailer {

  private final MailService mail;
  private final MailTemplates templates;
  private final AccessLinks links;
  private final PublicUrl publicUrl;
  private final Clock clock;

  void refusal(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    mail.send(templates.mail("onboarding-refused", convention.getRequesterEmail(), organisation.getId(),
        Map.of("organisation", organisation.getName(), "reason", convention.getRefusalReason())));
  }

  void cancellation(Convention convention, String refusedBy) {
    Organisation organisation = convention.getOrganisation();
    for (String to : everyone(convention)) {
      mail.send(templates.mail("onboarding-cancelled", to, organisation.getId(),
          Map.of("organisation", organisation.getName(), "refusedBy", refusedBy, "reason", convention.getRefusalReason())));
    }
  }

  void expiry(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    for (String to : everyone(convention)) {
      mail.send(templates.mail("onboarding-expired", to, organisation.getId(), Map.of("organisation", organisation.getName())));
    }
  }

  /**
   * « Inviter les signataires »: what to sign (the .docx attached) and by when, and how to reach the
   * task: a personal one-time link while the account has no password, else Tasklist's address.
   */
  String invitation(Convention convention, Signatory signatory, ConventionDocument document, LocalDate deadline) {
    Organisation organisation = convention.getOrganisation();
    Map<String, Object> values = toSign(organisation, signatory, deadline, AccountActivation.Purpose.SIGNATURE_INVITATION);
    values.put("fileName", document == null ? null : document.getFileName());
    MailTemplates.Text text = templates.render("onboarding-invitation", values);
    mail.send(new Mail(signatory.getEmail(), text.subject(), text.body(), organisation.getId(), attachment(document)));
    return signatory.getEmail();
  }

  /** To each signatory who has not signed yet; when both have, to the requester (the Union still has to countersign). */
  List<String> reminder(Convention convention, LocalDate deadline) {
    Organisation organisation = convention.getOrganisation();
    List<String> sentTo = new ArrayList<>();
    if (convention.getPresidentSignedOn() == null) {
      sentTo.add(remind(convention, organisation.signatory(organisation.getType().firstSignatory()).orElseThrow(), deadline));
    }
    if (convention.getSecretarySignedOn() == null) {
      sentTo.add(remind(convention, organisation.signatory(organisation.getType().secondSignatory()).orElseThrow(), deadline));
    }
    if (sentTo.isEmpty()) {
      mail.send(templates.mail("onboarding-countersign-reminder", convention.getRequesterEmail(), organisation.getId(),
          Map.of("organisation", organisation.getName())));
      sentTo.add(convention.getRequesterEmail());
    }
    return sentTo;
  }

  private String remind(Convention convention, Signatory signatory, LocalDate deadline) {
    Organisation organisation = convention.getOrganisation();
    mail.send(templates.mail("onboarding-signature-reminder", signatory.getEmail(), organisation.getId(),
        toSign(organisation, signatory, deadline, AccountActivation.Purpose.REMINDER)));
    return signatory.getEmail();
  }

  /**
   * What a signatory reads to sign: who, by when, and a fresh personal link while the account has no
   * password (earlier links stop working), else Tasklist's address.
   */
  private Map<String, Object> toSign(Organisation organisation, Signatory signatory, LocalDate deadline,
      AccountActivation.Purpose purpose) {
    Map<String, Object> values = new HashMap<>();
    values.put(MailTemplates.RECIPIENT_NAME, signatory.getFullName());
    values.put("organisation", organisation.getName());
    values.put("role", signatory.getRole().label());
    values.put("deadline", deadline);
    values.put("userId", signatory.getUserId());
    values.put("tasklist", publicUrl.of("/camunda/app/tasklist/"));
    AccessLinks.IssuedLink link = links.waitsForPassword(signatory.getUserId()) ? links.issue(signatory.getUserId(), purpose) : null;
    values.put("link", link == null ? null : link.url());
    values.put("linkExpiresOn", link == null ? null : link.expiresOn(clock));
    return values;
  }

  private static List<Mail.Attachment> attachment(ConventionDocument document) {
    return document == null ? List.of()
        : List.of(new Mail.Attachment(document.getFileName(), ConventionDocument.CONTENT_TYPE, document.getContent()));
  }

  /**
   * The access information (art. 6.1): the space, the Tools and their user guides. Each signatory
   * gets a personal one-time activation link; the billing address gets the same without a link.
   */
  List<String> accessInformation(Convention convention, SpaceReport space, ConventionDocument document) {
    Organisation organisation = convention.getOrganisation();
    Map<String, Object> summary = new HashMap<>();
    summary.put("organisation", organisation.getName());
    summary.put("signatureDate", convention.getSignatureDate());
    summary.put("startDate", convention.getStartDate());
    summary.put("limitEnd", convention.getLimitEnd());
    summary.put("location", space.location());
    summary.put("tools", space.installations().stream().map(installation -> Map.of("name", installation.toolName(),
        "version", installation.version(), "guide", installation.userGuideUrl())).toList());
    List<Mail.Attachment> attachments = attachment(document);
    List<String> sentTo = new ArrayList<>();
    for (Signatory signatory : List.of(
        organisation.signatory(organisation.getType().firstSignatory()).orElseThrow(),
        organisation.signatory(organisation.getType().secondSignatory()).orElseThrow())) {
      Map<String, Object> values = new HashMap<>(summary);
      values.put(MailTemplates.RECIPIENT_NAME, signatory.getFullName());
      values.put("userId", signatory.getUserId());
      values.put("link", links.waitsForPassword(signatory.getUserId())
          ? links.issue(signatory.getUserId(), AccountActivation.Purpose.SPACE_ACCESS).url() : null);
      values.put("tasklist", publicUrl.of("/camunda/app/tasklist/"));
      MailTemplates.Text text = templates.render("onboarding-access-signatory", values);
      mail.send(new Mail(signatory.getEmail(), text.subject(), text.body(), organisation.getId(), attachments));
      sentTo.add(signatory.getEmail());
    }
    MailTemplates.Text text = templates.render("onboarding-access-billing", summary);
    mail.send(new Mail(organisation.getBillingEmail(), text.subject(), text.body(), organisation.getId(), attachments));
    sentTo.add(organisation.getBillingEmail());
    return sentTo;
  }

  private static List<String> everyone(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    List<String> recipients = new ArrayList<>();
    recipients.add(convention.getRequesterEmail());
    organisation.getSignatories().stream().map(Signatory::getEmail)
        .filter(email -> recipients.stream().noneMatch(email::equalsIgnoreCase)).forEach(recipients::add);
    return recipients;
  }
}
