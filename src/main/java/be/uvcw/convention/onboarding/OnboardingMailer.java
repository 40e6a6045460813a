package be.uvcw.convention.onboarding;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDocument;
import be.uvcw.convention.convention.ConventionDocumentService;
import be.uvcw.convention.identity.AccountActivation;
import be.uvcw.convention.identity.AccessLinks;
import be.uvcw.convention.notification.FrenchText;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.provisioning.SpaceReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import be.uvcw.convention.platform.PublicUrl;
import org.springframework.stereotype.Component;

/** The French e-mails of the onboarding. Never a password (art. 6.7): access goes through an activation link. */
@Component
class OnboardingMailer {

  private static final String SIGNATURE = "\n\nL'équipe CommunesPlone\nUnion des Villes et Communes de Wallonie";

  private final MailService mail;
  private final AccessLinks links;
  private final PublicUrl publicUrl;
  private final Clock clock;

  OnboardingMailer(MailService mail, AccessLinks links, PublicUrl publicUrl, Clock clock) {
    this.mail = mail;
    this.links = links;
    this.publicUrl = publicUrl;
    this.clock = clock;
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

  /**
   * « Inviter les signataires »: what to sign (the .docx attached) and by when, and how to reach the
   * task: a personal one-time link while the account has no password, else Tasklist's address.
   */
  String invitation(Convention convention, Signatory signatory, ConventionDocument document, LocalDate deadline) {
    Organisation organisation = convention.getOrganisation();
    String body = "Bonjour " + signatory.getFullName() + ",\n\nL'Union des Villes et Communes de Wallonie a accepté la demande "
        + "d'adhésion de « " + organisation.getName() + " » à la convention d'accès au Serveur CommunesPlone. Il vous revient de "
        + "la signer en qualité de " + signatory.getRole().label() + ".\n\n"
        + "À signer : la convention jointe à ce message" + (document == null ? "" : " (" + document.getFileName() + ")") + ".\n"
        + byWhen(deadline) + "\n\n" + howToSign(signatory, AccountActivation.Purpose.SIGNATURE_INVITATION) + SIGNATURE;
    mail.send(new Mail(signatory.getEmail(), "Convention d'accès à signer – " + organisation.getName(), body,
        organisation.getId(), attachment(document)));
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
      mail.send(new Mail(convention.getRequesterEmail(), "Rappel : convention à contresigner – " + organisation.getName(),
          "Bonjour,\n\nLes deux signataires de « " + organisation.getName() + " » ont signé la convention. Elle attend la "
              + "contresignature de l'Union (tâche « Contresigner la convention »)." + SIGNATURE, organisation.getId()));
      sentTo.add(convention.getRequesterEmail());
    }
    return sentTo;
  }

  private String remind(Convention convention, Signatory signatory, LocalDate deadline) {
    Organisation organisation = convention.getOrganisation();
    mail.send(new Mail(signatory.getEmail(), "Rappel : convention d'accès à signer – " + organisation.getName(),
        "Bonjour " + signatory.getFullName() + ",\n\nLa convention d'accès au Serveur CommunesPlone de « "
            + organisation.getName() + " » attend votre signature (en qualité de " + signatory.getRole().label() + ").\n"
            + byWhen(deadline) + "\n\n" + howToSign(signatory, AccountActivation.Purpose.REMINDER) + SIGNATURE,
        organisation.getId()));
    return signatory.getEmail();
  }

  private static String byWhen(LocalDate deadline) {
    return deadline == null
        ? "Sans les signatures de toutes les parties dans les 60 jours suivant l'acceptation, la demande sera clôturée."
        : "À signer au plus tard le " + FrenchText.date(deadline) + " : sans toutes les signatures à cette date, la demande sera clôturée.";
  }

  /** A fresh personal link while the account has no password (earlier links stop working), else Tasklist. */
  private String howToSign(Signatory signatory, AccountActivation.Purpose purpose) {
    String tasklist = publicUrl.of("/camunda/app/tasklist/");
    if (!links.waitsForPassword(signatory.getUserId())) {
      return "Connectez-vous à la liste des tâches : " + tasklist + " (identifiant : " + signatory.getUserId() + ") ; "
          + "la tâche « Signer la convention » vous y attend, avec le document à télécharger.";
    }
    AccessLinks.IssuedLink link = links.issue(signatory.getUserId(), purpose);
    return "Votre identifiant : " + signatory.getUserId() + "\n"
        + "Choisissez d'abord votre mot de passe grâce à ce lien personnel, valable jusqu'au " + link.expiresOn(clock)
        + " et utilisable une seule fois (il remplace tout lien reçu précédemment) ; vous arriverez ensuite sur votre tâche "
        + "« Signer la convention » :\n" + link.url() + "\n\nConformément à l'article 6.7 de la convention, aucun mot de passe "
        + "n'est envoyé par e-mail. Ce lien vous est personnel : ne transférez pas ce message.";
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
    StringBuilder tools = new StringBuilder();
    for (SpaceReport.Installation installation : space.installations()) {
      tools.append("- ").append(installation.toolName()).append(" (version ").append(installation.version())
          .append(") – guide d'utilisation : ").append(installation.userGuideUrl()).append('\n');
    }
    String summary = "La convention d'accès au Serveur CommunesPlone de « " + organisation.getName() + " » est signée par "
        + "toutes les parties (le " + FrenchText.date(convention.getSignatureDate()) + "). Elle prend cours le "
        + FrenchText.date(convention.getStartDate()) + " pour un an, reconductible tacitement jusqu'au "
        + FrenchText.date(convention.getLimitEnd()) + " au plus tard.\n\n"
        + "Votre espace sécurisé est prêt sur le Serveur (emplacement : " + space.location() + ", quota de 3 Go).\n"
        + "Outils installés et configurés :\n" + tools;
    List<Mail.Attachment> attachments = attachment(document);
    List<String> sentTo = new ArrayList<>();
    for (Signatory signatory : List.of(
        organisation.signatory(organisation.getType().firstSignatory()).orElseThrow(),
        organisation.signatory(organisation.getType().secondSignatory()).orElseThrow())) {
      String access = links.waitsForPassword(signatory.getUserId())
          ? "Choisissez vous-même votre mot de passe grâce à ce lien personnel, valable 30 jours et utilisable une seule fois :\n"
              + links.issue(signatory.getUserId(), AccountActivation.Purpose.SPACE_ACCESS).url()
          : "Connectez-vous avec le mot de passe que vous avez choisi : " + publicUrl.of("/camunda/app/tasklist/");
      mail.send(new Mail(signatory.getEmail(), "Votre accès au Serveur CommunesPlone – " + organisation.getName(),
          "Bonjour " + signatory.getFullName() + ",\n\n" + summary
              + "\nVotre identifiant : " + signatory.getUserId() + "\n" + access
              + "\n\nConformément à l'article 6.7 de la convention, aucun mot de passe n'est envoyé par e-mail : "
              + "gardez vos informations d'accès confidentielles." + SIGNATURE,
          organisation.getId(), attachments));
      sentTo.add(signatory.getEmail());
    }
    mail.send(new Mail(organisation.getBillingEmail(), "Convention d'accès activée – " + organisation.getName(),
        "Bonjour,\n\n" + summary + "\nLes signataires ont reçu chacun leurs informations d'accès personnelles. "
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
