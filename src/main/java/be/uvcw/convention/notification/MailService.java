package be.uvcw.convention.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate newTransaction;

  public MailService(JavaMailSender sender, OutgoingMailRepository journal, Clock clock,
      @Value("${convention.mail.from}") String from, PlatformTransactionManager transactions) {
    this.sender = sender;
    this.journal = journal;
    this.clock = clock;
    this.from = from;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void send(Mail mail) {
    try {
      sender.send(message(mail));
    } catch (MessagingException | MailException e) {
      journal.save(journalRow(mail, e));
      throw failure(mail, e);
    }
    journal.save(journalRow(mail, null));
  }

  /** The outcome of one mail of {@link #sendAll}: failure is null when the SMTP server accepted it. */
  public record Delivery(Mail mail, MailDeliveryException failure) {
    public boolean sent() {
      return failure == null;
    }
  }

  /**
   * Sends several mails over ONE SMTP connection (a connection per mail costs a handshake each),
   * then journals every outcome in one transaction. A mail that fails does not stop the others; the
   * caller decides what a failure means (each is returned, in order). No database connection is
   * held while the SMTP server answers.
   */
  public List<Delivery> sendAll(List<Mail> mails) {
    List<Delivery> deliveries = new ArrayList<>(mails.size());
    Map<MimeMessage, Integer> prepared = new IdentityHashMap<>();
    List<MimeMessage> messages = new ArrayList<>();
    Exception[] failures = new Exception[mails.size()];
    for (int i = 0; i < mails.size(); i++) {
      try {
        MimeMessage message = message(mails.get(i));
        prepared.put(message, i);
        messages.add(message);
      } catch (MessagingException | MailException e) {
        failures[i] = e;
      }
    }
    if (!messages.isEmpty()) {
      try {
        sender.send(messages.toArray(MimeMessage[]::new));
      } catch (MailSendException e) {
        // per message: the ones the server refused, or all the rest when the connection broke
        e.getFailedMessages().forEach((message, cause) -> {
          Integer index = message instanceof MimeMessage m ? prepared.get(m) : null;
          if (index != null) {
            failures[index] = cause;
          }
        });
        if (e.getFailedMessages().isEmpty()) {
          prepared.values().forEach(index -> failures[index] = e);
        }
      } catch (MailException e) {
        prepared.values().forEach(index -> failures[index] = e);
      }
    }
    List<OutgoingMail> rows = new ArrayList<>(mails.size());
    for (int i = 0; i < mails.size(); i++) {
      Mail mail = mails.get(i);
      rows.add(journalRow(mail, failures[i]));
      deliveries.add(new Delivery(mail, failures[i] == null ? null : failure(mail, failures[i])));
    }
    newTransaction.executeWithoutResult(status -> journal.saveAll(rows));
    return deliveries;
  }

  private MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(mail.to());
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    for (Mail.Attachment attachment : mail.attachments()) {
      helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
    }
    return message;
  }

  private OutgoingMail journalRow(Mail mail, Exception failure) {
    String attachmentNames = mail.attachments().isEmpty() ? null
        : mail.attachments().stream().map(Mail.Attachment::fileName).collect(Collectors.joining(", "));
    // The journal keeps the mail as sent, except personal links (SecretLinks): those only go to the recipient.
    return new OutgoingMail(clock.instant(), mail.to(), mail.subject(), SecretLinks.mask(mail.body()), attachmentNames, mail.organisationId(),
        failure == null ? OutgoingMail.Status.SENT : OutgoingMail.Status.FAILED, failure == null ? null : String.valueOf(failure.getMessage()));
  }

  private static MailDeliveryException failure(Mail mail, Exception e) {
    return new MailDeliveryException("L'e-mail « " + mail.subject() + " » à " + mail.to() + " n'a pas pu être envoyé : " + e.getMessage(), e);
  }
}
