package be.uvcw.convention.onboarding;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDocument;
import be.uvcw.convention.convention.ConventionDocumentService;
import be.uvcw.convention.identity.AccountActivation;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.provisioning.SpaceReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import be.uvcw.convention.platform.PublicUrl;
import org.springframework.stereotype.Component;

/** The French e-mails of the onboarding. Never a password (art. 6.7): access goes through an activation link. */
@Component
class OnboardingMailer {

  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
  private static final String SIGNATURE = "\n\nL'équipe CommunesPlone\nUnion des Villes et Communes de Wallonie";

  private final MailService mail;
  private final AccountService accounts;
  private final PublicUrl publicUrl;

  OnboardingMailer(MailService mail, AccountService accounts, PublicUrl publicUrl) {
    this.mail = mail;
    this.accounts = accounts;
    this.publicUrl = publicUrl;
  }

  void refusal(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    mail.send(new Mail(convention.getRequesterEmail(),
        "Demande d'adhésion refusée – " + organisation.getName(),
        "Bonjour,\n\nLa demande d'adhésion de « " + organisation.getName() + " » à la convention d'accès au Serveur "
            + "CommunesPlone a été examinée par l'Union et n'a pas été acceptée.\n\nMotif : " + convention.getRefusalReason()
            + "\n\nVous pouvez introduire une nouvelle demande une fois le motif levé." + SIGNATURE,
        organisation.getId()));
  }

  void cancellation(Convention convention, String refusedBy) {
    Organisation organisation = convention.getOrganisation();
    String body = "Bonjour,\n\nLa convention d'accès au Serveur CommunesPlone de « " + organisation.getName()
        + " » ne sera pas conclue : " + refusedBy + " a refusé de la signer.\n\nMotif : " + convention.getRefusalReason()
        + "\n\nLa demande est annulée. Une nouvelle demande peut être introduite à tout moment." + SIGNATURE;
    for (String to : everyone(convention)) {
      mail.send(new Mail(to, "Demande d'adhésion annulée – " + organisation.getName(), body, organisation.getId()));
    }
  }

  void expiry(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    String body = "Bonjour,\n\nLa convention d'accès au Serveur CommunesPlone de « " + organisation.getName()
        + " » n'a pas été signée par toutes les parties dans les 60 jours. La demande est clôturée.\n\n"
        + "Une nouvelle demande peut être introduite à tout moment auprès de l'Union." + SIGNATURE;
    for (String to : everyone(convention)) {
      mail.send(new Mail(to, "Demande d'adhésion expirée – " + organisation.getName(), body, organisation.getId()));
    }
  }

  /** To each signatory who has not signed yet; when both have, to the requester (the Union still has to countersign). */
  List<String> reminder(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    List<String> sentTo = new ArrayList<>();
    String link = publicUrl.of("/camunda/app/tasklist/");
    if (convention.getPresidentSignedOn() == null) {
      Signatory first = organisation.signatory(organisation.getType().firstSignatory()).orElseThrow();
      sentTo.add(remind(convention, first, link));
    }
    if (convention.getSecretarySignedOn() == null) {
      Signatory second = organisation.signatory(organisation.getType().secondSignatory()).orElseThrow();
      sentTo.add(remind(convention, second, link));
    }
    if (sentTo.isEmpty()) {
      mail.send(new Mail(convention.getRequesterEmail(), "Rappel : convention à contresigner – " + organisation.getName(),
          "Bonjour,\n\nLes deux signataires de « " + organisation.getName() + " » ont signé la convention. Elle attend la "
              + "contresignature de l'Union (tâche « Contresigner la convention »)." + SIGNATURE, organisation.getId()));
      sentTo.add(convention.getRequesterEmail());
    }
    return sentTo;
  }

  private String remind(Convention convention, Signatory signatory, String tasklist) {
    Organisation organisation = convention.getOrganisation();
    mail.send(new Mail(signatory.getEmail(), "Rappel : convention d'accès à signer – " + organisation.getName(),
        "Bonjour " + signatory.getFullName() + ",\n\nLa convention d'accès au Serveur CommunesPlone de « "
            + organisation.getName() + " » attend votre signature (en qualité de " + signatory.getRole().label() + ").\n\n"
            + "Connectez-vous à la liste des tâches : " + tasklist + " (identifiant : " + signatory.getUserId() + ").\n"
            + "Sans les signatures de toutes les parties dans les 60 jours suivant l'acceptation, la demande sera clôturée."
            + SIGNATURE, organisation.getId()));
    return signatory.getEmail();
  }

  /**
   * The access information (art. 6.1): the space, the Tools and their user guides. Each signatory
   * gets a personal one-time activation link; the billing address gets the same without a link.
   */
  List<String> accessInformation(Convention convention, SpaceReport space, ConventionDocument document) {
    Organisation organisation = convention.getOrganisation();
    StringBuilder tools = new StringBuilder();
    for (SpaceReport.Installation installation : space.installations()) {
      tools.append("- ").append(installation.toolName()).append(" (version ").append(installation.version())
          .append(") – guide d'utilisation : ").append(installation.userGuideUrl()).append('\n');
    }
    String summary = "La convention d'accès au Serveur CommunesPlone de « " + organisation.getName() + " » est signée par "
        + "toutes les parties (le " + FRENCH_DATE.format(convention.getSignatureDate()) + "). Elle prend cours le "
        + FRENCH_DATE.format(convention.getStartDate()) + " pour un an, reconductible tacitement jusqu'au "
        + FRENCH_DATE.format(convention.getLimitEnd()) + " au plus tard.\n\n"
        + "Votre espace sécurisé est prêt sur le Serveur (emplacement : " + space.location() + ", quota de 3 Go).\n"
        + "Outils installés et configurés :\n" + tools;
    List<Mail.Attachment> attachments = document == null ? List.of()
        : List.of(new Mail.Attachment(document.getFileName(), ConventionDocument.CONTENT_TYPE, document.getContent()));
    List<String> sentTo = new ArrayList<>();
    for (Signatory signatory : List.of(
        organisation.signatory(organisation.getType().firstSignatory()).orElseThrow(),
        organisation.signatory(organisation.getType().secondSignatory()).orElseThrow())) {
      String link = accounts.issueActivationLink(signatory.getUserId(), AccountActivation.Purpose.SPACE_ACCESS);
      mail.send(new Mail(signatory.getEmail(), "Votre accès au Serveur CommunesPlone – " + organisation.getName(),
          "Bonjour " + signatory.getFullName() + ",\n\n" + summary
              + "\nVotre identifiant : " + signatory.getUserId() + "\n"
              + "Choisissez vous-même votre mot de passe grâce à ce lien personnel, valable 30 jours et utilisable une seule fois :\n"
              + link + "\n\nConformément à l'article 6.7 de la convention, aucun mot de passe n'est envoyé par e-mail : "
              + "gardez vos informations d'accès confidentielles." + SIGNATURE,
          organisation.getId(), attachments));
      sentTo.add(signatory.getEmail());
    }
    mail.send(new Mail(organisation.getBillingEmail(), "Convention d'accès activée – " + organisation.getName(),
        "Bonjour,\n\n" + summary + "\nLes signataires ont reçu chacun un lien personnel pour activer leur accès. "
            + "La première facture suivra (facturation semestrielle, art. 7)." + SIGNATURE,
        organisation.getId(), attachments));
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
