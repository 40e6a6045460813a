package be.uvcw.convention.notification;

import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Tells a User something: one mail to each signatory and to the billing address, French text in
 * the common greeting and signature (mail/notice.mustache). The mails are queued in the caller's
 * transaction, so a retried step sends none of them twice.
 */
@Component
@RequiredArgsConstructor
public class UserMails {

  private final MailService mails;
  private final MailTemplates templates;

  public void tell(Organisation organisation, String subject, String body) {
    Set<String> recipients = new LinkedHashSet<>();
    organisation.getSignatories().stream().map(Signatory::getEmail).forEach(recipients::add);
    recipients.add(organisation.getBillingEmail());
    Map<String, Object> values = Map.of("subject", subject + " — " + organisation.getName(), "text", body);
    for (String to : recipients) {
      mails.send(templates.mail("notice", to, organisation.getId(), values));
    }
  }
}
