package be.uvcw.convention.adaptation;

import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the User every decision on its adaptation request, in French, with the reason (texts in
 * src/main/resources/mail/adaptation-*.mustache), queued in the step's transaction.
 */
@Service
@RequiredArgsConstructor
public class AdaptationMails {

  public enum Notice { ESCALATED, REFUSED, ACCEPTED, DELIVERED, CONFIRMED }

  private final AdaptationService adaptations;
  private final MailService mailService;
  private final MailTemplates templates;

  @Transactional
  public void send(Long requestId, Notice notice) {
    AdaptationRequest request = adaptations.get(requestId);
    Map<String, Object> values = new HashMap<>();
    values.put("title", request.getTitle());
    values.put("tool", request.getTool().getName());
    values.put("reason", request.getDecisionReason());
    values.put("dueDate", request.getDueDate());
    values.put("reference", request.getDeliveryReference());
    values.put("notes", request.getDeliveryNotes());
    values.put("requester", request.getOrganisation().getName());
    sendToSignatories(request.getOrganisation(), "adaptation-" + notice.name().toLowerCase(Locale.ROOT), values);
    if (notice == Notice.DELIVERED) {
      for (Organisation other : request.getBeneficiaries()) {
        sendToSignatories(other, "adaptation-shared", values);
      }
    }
  }

  private void sendToSignatories(Organisation organisation, String template, Map<String, Object> values) {
    List<String> recipients = new ArrayList<>(organisation.getSignatories().stream().map(Signatory::getEmail).distinct().toList());
    if (recipients.isEmpty()) {
      recipients.add(organisation.getBillingEmail());
    }
    for (String to : recipients) {
      mailService.send(templates.mail(template, to, organisation.getId(), values));
    }
  }
}
