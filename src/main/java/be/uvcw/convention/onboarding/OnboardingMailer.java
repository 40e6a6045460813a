package be.uvcw.convention.onboarding;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDocument;
import be.uvcw.convention.convention.ConventionDocumentService;
import be.uvcw.convention.identity.AccountActivation;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.provisioning.SpaceReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The French e-mails of the onboarding (texts in src/main/resources/mail/onboarding-*.mustache).
 * Never a password (art. 6.7): access goes through an activation link. Every mail is queued in the
 * step's transaction: a step that fails and is retried sends nothing twice.
 */
@Component
class OnboardingMailer {

  private final MailService mail;
  private final MailTemplates templates;
  private final AccountService accounts;
  private final String publicUrl;

  OnboardingMailer(MailService mail, MailTemplates templates, AccountService accounts, @Value("${convention.public-url}") String publicUrl) {
    this.mail = mail;
    this.templates = templates;
    this.accounts = accounts;
    this.publicUrl = publicUrl;
  }

  void refusal(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    mail.send(templates.mail("onboarding-refusal", convention.getRequesterEmail(), organisation.getId(),
        Map.of("organisation", organisation.getName(), "reason", convention.getRefusalReason())));
  }

  void cancellation(Convention convention, String refusedBy) {
    Organisation organisation = convention.getOrganisation();
    Map<String, Object> values = Map.of("organisation", organisation.getName(), "refusedBy", refusedBy,
        "reason", convention.getRefusalReason());
    for (String to : everyone(convention)) {
      mail.send(templates.mail("onboarding-cancellation", to, organisation.getId(), values));
    }
  }

  void expiry(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    for (String to : everyone(convention)) {
      mail.send(templates.mail("onboarding-expiry", to, organisation.getId(), Map.of("organisation", organisation.getName())));
    }
  }

  /** To each signatory who has not signed yet; when both have, to the requester (the Union still has to countersign). */
  List<String> reminder(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    List<String> sentTo = new ArrayList<>();
    String link = publicUrl + "/camunda/app/tasklist/";
    if (convention.getPresidentSignedOn() == null) {
      Signatory first = organisation.signatory(organisation.getType().firstSignatory()).orElseThrow();
      sentTo.add(remind(convention, first, link));
    }
    if (convention.getSecretarySignedOn() == null) {
      Signatory second = organisation.signatory(organisation.getType().secondSignatory()).orElseThrow();
      sentTo.add(remind(convention, second, link));
    }
    if (sentTo.isEmpty()) {
      mail.send(templates.mail("onboarding-reminder-countersignature", convention.getRequesterEmail(), organisation.getId(),
          Map.of("organisation", organisation.getName())));
      sentTo.add(convention.getRequesterEmail());
    }
    return sentTo;
  }

  private String remind(Convention convention, Signatory signatory, String tasklist) {
    Organisation organisation = convention.getOrganisation();
    mail.send(templates.mail("onboarding-reminder-signature", signatory.getEmail(), organisation.getId(), Map.of(
        MailTemplates.RECIPIENT_NAME, signatory.getFullName(),
        "organisation", organisation.getName(),
        "role", signatory.getRole().label(),
        "tasklist", tasklist,
        "userId", signatory.getUserId())));
    return signatory.getEmail();
  }

  /**
   * The access information (art. 6.1): the space, the Tools and their user guides. Each signatory
   * gets a personal one-time activation link; the billing address gets the same without a link.
   * The links and the three mails commit together: no mail can carry a link that was rolled back.
   */
  List<String> accessInformation(Convention convention, SpaceReport space, ConventionDocument document) {
    Organisation organisation = convention.getOrganisation();
    List<Map<String, Object>> tools = space.installations().stream()
        .map(installation -> Map.<String, Object>of("name", installation.toolName(), "version", installation.version(),
            "guide", String.valueOf(installation.userGuideUrl())))
        .toList();
    Map<String, Object> summary = Map.of(
        "organisation", organisation.getName(),
        "signatureDate", convention.getSignatureDate(),
        "startDate", convention.getStartDate(),
        "limitEnd", convention.getLimitEnd(),
        "location", space.location(),
        "tools", tools);
    List<Mail.Attachment> attachments = document == null ? List.of()
        : List.of(new Mail.Attachment(document.getFileName(), ConventionDocument.CONTENT_TYPE, document.getContent()));
    List<String> sentTo = new ArrayList<>();
    for (Signatory signatory : List.of(
        organisation.signatory(organisation.getType().firstSignatory()).orElseThrow(),
        organisation.signatory(organisation.getType().secondSignatory()).orElseThrow())) {
      Map<String, Object> values = new HashMap<>(summary);
      values.put(MailTemplates.RECIPIENT_NAME, signatory.getFullName());
      values.put("userId", signatory.getUserId());
      values.put("link", accounts.issueActivationLink(signatory.getUserId(), AccountActivation.Purpose.SPACE_ACCESS));
      send(templates.render("onboarding-access-signatory", values), signatory.getEmail(), organisation, attachments);
      sentTo.add(signatory.getEmail());
    }
    send(templates.render("onboarding-access-billing", summary), organisation.getBillingEmail(), organisation, attachments);
    sentTo.add(organisation.getBillingEmail());
    return sentTo;
  }

  private void send(MailTemplates.Text text, String to, Organisation organisation, List<Mail.Attachment> attachments) {
    mail.send(new Mail(to, text.subject(), text.body(), organisation.getId(), attachments));
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
