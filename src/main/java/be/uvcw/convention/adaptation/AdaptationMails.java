package be.uvcw.convention.adaptation;

import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the User every decision on its adaptation request, in French, with the reason. */
@Service
public class AdaptationMails {

  public enum Notice { ESCALATED, REFUSED, ACCEPTED, DELIVERED, CONFIRMED }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final AdaptationService adaptations;
  private final MailService mailService;

  public AdaptationMails(AdaptationService adaptations, MailService mailService) {
    this.adaptations = adaptations;
    this.mailService = mailService;
  }

  @Transactional(readOnly = true)
  public void send(Long requestId, Notice notice) {
    AdaptationRequest request = adaptations.get(requestId);
    String about = "votre demande d'adaptation « " + request.getTitle() + " » de l'Outil « " + request.getTool().getName() + " »";
    String subject;
    String body;
    switch (notice) {
      case ESCALATED -> {
        subject = "Demande d'adaptation transmise à la direction de l'Union";
        body = "Les services de l'Union ont examiné " + about + ".\n\n" + request.getDecisionReason()
            + "\n\nLa direction de l'Union prendra la décision et vous en communiquera le motif.";
      }
      case REFUSED -> {
        subject = "Demande d'adaptation refusée";
        body = "L'Union ne donne pas suite à " + about + ".\n\nMotif : " + request.getDecisionReason()
            + "\n\nConformément à l'article 6.2 de la convention, l'Union décide selon la charge de travail et le profit pour d'autres Utilisateurs.";
      }
      case ACCEPTED -> {
        subject = "Demande d'adaptation acceptée";
        body = "L'Union accepte " + about + ".\n\nMotif : " + request.getDecisionReason()
            + "\n\nL'Équipe de maintenance la réalisera ; livraison prévue au plus tard le " + DAY.format(request.getDueDate()) + ".";
      }
      case DELIVERED -> {
        subject = "Adaptation livrée : merci de la confirmer";
        body = "L'adaptation « " + request.getTitle() + " » (paquet " + request.getDeliveryReference() + ") est installée dans votre espace sécurisé.\n\n"
            + request.getDeliveryNotes()
            + "\n\nMerci de la vérifier puis de la confirmer, ou de rouvrir la demande, dans votre liste de tâches.";
      }
      case CONFIRMED -> {
        subject = "Demande d'adaptation clôturée";
        body = "Vous avez confirmé l'adaptation « " + request.getTitle() + " ». La demande est clôturée. Merci.";
      }
      default -> throw new IllegalArgumentException(notice.name());
    }
    sendToSignatories(request.getOrganisation(), subject, "Madame, Monsieur,\n\n" + body + signature());
    if (notice == Notice.DELIVERED) {
      for (Organisation other : request.getBeneficiaries()) {
        sendToSignatories(other, "Nouvelle adaptation de l'Outil « " + request.getTool().getName() + " »",
            "Madame, Monsieur,\n\nL'adaptation « " + request.getTitle() + " » (paquet " + request.getDeliveryReference()
                + "), demandée par " + request.getOrganisation().getName() + " et utile à votre administration, a été installée dans votre espace sécurisé.\n\n"
                + request.getDeliveryNotes() + signature());
      }
    }
  }

  private void sendToSignatories(Organisation organisation, String subject, String body) {
    List<String> recipients = new ArrayList<>(organisation.getSignatories().stream().map(Signatory::getEmail).distinct().toList());
    if (recipients.isEmpty()) {
      recipients.add(organisation.getBillingEmail());
    }
    for (String to : recipients) {
      mailService.send(new Mail(to, subject, body, organisation.getId()));
    }
  }

  private static String signature() {
    return "\n\nL'Union des Villes et Communes de Wallonie — CommunesPlone";
  }
}
