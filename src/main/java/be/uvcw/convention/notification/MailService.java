package be.uvcw.convention.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mails through SMTP and keeps a journal copy of each. A failure to send is thrown so that
 * the calling job is retried by the engine (and becomes an incident when SMTP stays down).
 */
@Service
public class MailService {

  private final JavaMailSender sender;
  private final OutgoingMailRepository journal;
  private final Clock clock;
  private final String from;

  public MailService(JavaMailSender sender, OutgoingMailRepository journal, Clock clock,
      @Value("${convention.mail.from}") String from) {
    this.sender = sender;
    this.journal = journal;
    this.clock = clock;
    this.from = from;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void send(Mail mail) {
    String attachmentNames = mail.attachments().isEmpty() ? null
        : mail.attachments().stream().map(Mail.Attachment::fileName).collect(Collectors.joining(", "));
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      for (Mail.Attachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
      }
      sender.send(message);
    } catch (MessagingException | MailException e) {
      journal.save(new OutgoingMail(clock.instant(), mail.to(), mail.subject(), mail.body(), attachmentNames,
          mail.organisationId(), OutgoingMail.Status.FAILED, String.valueOf(e.getMessage())));
      throw new MailDeliveryException("L'e-mail « " + mail.subject() + " » à " + mail.to() + " n'a pas pu être envoyé : " + e.getMessage(), e);
    }
    journal.save(new OutgoingMail(clock.instant(), mail.to(), mail.subject(), mail.body(), attachmentNames,
        mail.organisationId(), OutgoingMail.Status.SENT, null));
  }
}
