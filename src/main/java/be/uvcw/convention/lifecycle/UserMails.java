package be.uvcw.convention.lifecycle;

import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells a User something: one mail to each signatory and to the billing address, French text. */
@Component
public class UserMails {

  private final MailService mails;

  public UserMails(MailService mails) {
    this.mails = mails;
  }

  public void tell(Organisation organisation, String subject, String body) {
    Set<String> recipients = new LinkedHashSet<>();
    organisation.getSignatories().stream().map(Signatory::getEmail).forEach(recipients::add);
    recipients.add(organisation.getBillingEmail());
    String text = "Madame, Monsieur,\n\n" + body + "\n\nL'Union des Villes et Communes de Wallonie\n"
        + "Convention d'accès au Serveur CommunesPlone";
    for (String to : recipients) {
      mails.send(new Mail(to, subject + " — " + organisation.getName(), text, organisation.getId()));
    }
  }
}
