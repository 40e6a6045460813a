package be.uvcw.convention.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MailServiceTest {

  @Autowired MailService mailService;
  @Autowired OutgoingMailRepository journal;
  @Autowired GreenMail smtp;
  @Autowired JavaMailSender sender;

  @Test
  void sendAllDeliversEachMailWithItsAttachmentsAndJournalsEveryOutcome() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String first = "premier-" + tag + "@exemple.be";
    String third = "troisieme-" + tag + "@exemple.be";
    String broken = "a-" + tag + "@exemple.be, b-" + tag + "@exemple.be"; // two addresses: refused before SMTP
    List<Mail> mails = List.of(mail(first, "Un"), mail(broken, "Deux"), mail(third, "Trois"));

    List<MailService.Delivery> deliveries = mailService.sendAll(mails);

    assertThat(deliveries).extracting(MailService.Delivery::sent).containsExactly(true, false, true);
    assertThat(deliveries.get(1).failure()).isInstanceOf(MailDeliveryException.class)
        .hasMessageContaining("Deux").hasMessageContaining("n'a pas pu être envoyé");
    for (String recipient : List.of(first, third)) {
      MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
          .filter(m -> recipientIs(m, recipient)).findFirst().orElseThrow();
      MimeMultipart parts = (MimeMultipart) received.getContent();
      assertThat(parts.getCount()).as("body, PDF and XML").isEqualTo(3);
      assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("document.pdf");
      assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("document.xml");
      assertThat(journal.findByRecipientOrderByCreatedAtDesc(recipient)).singleElement()
          .satisfies(row -> {
            assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
            assertThat(row.getAttachmentNames()).isEqualTo("document.pdf, document.xml");
          });
    }
    assertThat(journal.findByRecipientOrderByCreatedAtDesc(broken)).singleElement()
        .satisfies(row -> assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.FAILED));
  }

  @Test
  void smtpSocketsAreOpenedWithoutNagleDelay() throws Exception {
    assertThat(((JavaMailSenderImpl) sender).getJavaMailProperties().getProperty("mail.smtp.socketFactory.class"))
        .isEqualTo(NoDelaySocketFactory.class.getName());
    try (Socket socket = NoDelaySocketFactory.getDefault().createSocket()) {
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
  }

  private static Mail mail(String to, String subject) {
    return new Mail(to, subject, "Corps du message " + subject, null, List.of(
        new Mail.Attachment("document.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
        new Mail.Attachment("document.xml", "application/xml", "<Invoice/>".getBytes(StandardCharsets.UTF_8))));
  }

  private static boolean recipientIs(MimeMessage message, String recipient) {
    try {
      var to = message.getRecipients(Message.RecipientType.TO);
      return to != null && to.length == 1 && to[0].toString().equals(recipient);
    } catch (Exception e) {
      return false;
    }
  }
}
