package be.uvcw.convention.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.testsupport.RefusingSmtpServer;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox (issue 9): mails leave after commit, each with its own outcome, and staff resend a failed one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MailOutboxTest {

  @LocalServerPort int port;
  @Autowired MailService mailService;
  @Autowired MailOutbox outbox;
  @Autowired OutgoingMailRepository journal;
  @Autowired GreenMail smtp;
  @Autowired JavaMailSender sender;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired MunicipalityRepository municipalities;
  @Autowired OrganisationRepository organisations;
  @Autowired ObjectMapper json;
  @Autowired List<MailedDocuments> allDocuments;
  @Autowired java.time.Clock clock;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aMailLeavesOnlyWhenItsTransactionCommits() {
    String kept = address("garde");
    String dropped = address("annule");
    transactions.executeWithoutResult(status -> mailService.send(new Mail(kept, "Conservé " + tag, "Texte", null)));
    transactions.executeWithoutResult(status -> {
      mailService.send(new Mail(dropped, "Annulé " + tag, "Texte", null));
      status.setRollbackOnly(); // the business change failed: its mail goes with it
    });

    assertThat(received(kept)).hasSize(1);
    assertThat(received(dropped)).isEmpty();
    assertThat(journal.findByRecipientOrderByCreatedAtDesc(dropped)).isEmpty();
    assertThat(journal.findByRecipientOrderByCreatedAtDesc(kept)).singleElement().satisfies(row -> {
      assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
      assertThat(row.getAttempts()).isEqualTo(1);
      assertThat(row.getSentAt()).isNotNull();
    });
  }

  @Test
  void aMailThatSmtpRefusesStaysFailedWithItsErrorAndIsResentAlone() throws Exception {
    Organisation organisation = organisation();
    String first = address("premier");
    String wrong = address("inconnu");
    String third = address("troisieme");
    String corrected = address("corrige");
    String staff = person(Groups.UNION_STAFF);
    String finance = person(Groups.FINANCE);
    try (RefusingSmtpServer server = new RefusingSmtpServer(Set.of(wrong))) {
      withSmtpPort(server.port(), () -> {
        transactions.executeWithoutResult(status -> List.of(first, wrong, third)
            .forEach(to -> mailService.send(new Mail(to, "Avis " + tag, "Texte pour " + to, organisation.getId()))));

        assertThat(server.accepted()).containsExactly(first, third);
        OutgoingMail refused = journal.findByRecipientOrderByCreatedAtDesc(wrong).get(0);
        assertThat(refused.getStatus()).isEqualTo(OutgoingMail.Status.FAILED);
        assertThat(refused.getError()).contains("550").contains("boite aux lettres inconnue");
        assertThat(refused.getAttempts()).isEqualTo(1);
        outbox.deliverDue();
        assertThat(server.accepted()).as("a refused mail is not retried by itself").containsExactly(first, third);

        // the journal shows it to staff, by status and organisation
        JsonNode failed = json.readTree(call("GET", "/api/mails?status=FAILED&organisationId=" + organisation.getId(), null, staff).body());
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("recipient").asText()).isEqualTo(wrong);
        assertThat(failed.get(0).get("error").asText()).contains("550");
        assertThat(json.readTree(call("GET", "/api/mails?status=SENT&organisationId=" + organisation.getId(), null, staff).body()))
            .extracting(node -> node.get("recipient").asText()).containsExactlyInAnyOrder(first, third);
        assertThat(call("GET", "/api/mails?status=PERDU", null, staff).statusCode()).isEqualTo(400);

        String correction = "{\"recipient\":\"" + corrected + "\"}";
        assertThat(call("POST", "/api/mails/" + refused.getId() + "/resend", correction, finance).statusCode()).as("staff only").isEqualTo(403);
        HttpResponse<String> resent = call("POST", "/api/mails/" + refused.getId() + "/resend", correction, staff);
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(json.readTree(resent.body()).get("status").asText()).isEqualTo("SENT");

        assertThat(server.accepted()).as("only the failed mail went again").containsExactly(first, third, corrected);
        assertThat(journal.findById(refused.getId()).orElseThrow()).satisfies(row -> {
          assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
          assertThat(row.getRecipient()).isEqualTo(corrected);
          assertThat(row.getError()).isNull();
        });
        HttpResponse<String> again = call("POST", "/api/mails/" + refused.getId() + "/resend", null, staff);
        assertThat(again.statusCode()).as("a sent mail is not resent").isEqualTo(409);
        assertThat(json.readTree(again.body()).get("message").asText()).contains("Seul un e-mail en échec");
      });
    }
  }

  @Test
  void everyMailSentHasExactlyOneJournalRowThroughAnOutageAndItsRetries() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-01-10T09:00:00Z")));
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 45; i++) { // more than two batches of 20
      recipients.add(address("lot" + i));
    }
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    withSmtpPort(closedPort, () -> transactions.executeWithoutResult(status -> mailService.queueAll(recipients.stream()
        .map(to -> new Mail(to, "Lot " + tag, "Texte", null)).toList())));

    // SMTP down: nothing left, every mail waits for its next attempt with the error
    for (String to : recipients) {
      assertThat(received(to)).isEmpty();
      assertThat(journal.findByRecipientOrderByCreatedAtDesc(to)).singleElement().satisfies(row -> {
        assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(row.getError()).isNotBlank();
        assertThat(row.getNextAttemptAt()).isEqualTo(Instant.parse("2030-01-10T09:01:00Z"));
      });
    }
    outbox.deliverDue();
    assertThat(recipients).as("not due before the back-off").allSatisfy(to -> assertThat(received(to)).isEmpty());

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-01-10T09:01:00Z")));
    assertThat(outbox.deliverDue()).isGreaterThanOrEqualTo(45);
    outbox.deliverDue(); // nothing twice
    for (String to : recipients) {
      assertThat(received(to)).as("mails to %s", to).hasSize(1);
      assertThat(journal.findByRecipientOrderByCreatedAtDesc(to)).singleElement().satisfies(row -> {
        assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
        assertThat(row.getAttempts()).isEqualTo(2);
        assertThat(row.getError()).isNull();
      });
    }
    assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where subject = ?", Integer.class, "Lot " + tag))
        .isEqualTo((int) Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectIs(m, "Lot " + tag)).count());
  }

  /**
   * A node dies after the SMTP server accepted a mail and before it marked it SENT: the mail stays
   * SENDING under that node's claim. Nobody touches it while the claim lasts; once it expires it is
   * sent once more (the one duplicate the design allows), with the same Message-ID, on the same row.
   */
  @Test
  void aMailLeftSendingByADeadNodeIsSentOnceMoreWhenItsClaimExpires() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-02-03T10:00:00Z")));
    String to = address("crash");
    mailService.send(new Mail(to, "Reprise " + tag, "Texte", null));
    long id = journal.findByRecipientOrderByCreatedAtDesc(to).get(0).getId();
    jdbc.update("update outgoing_mail set status = 'SENDING', sent_at = null, claimed_until = ?, claimed_by = 'node-dead' where id = ?",
        java.sql.Timestamp.from(Instant.parse("2031-02-03T10:01:00Z")), id);

    outbox.deliverDue();
    assertThat(received(to)).as("the claim still holds").hasSize(1);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-02-03T10:01:01Z")));
    outbox.deliverDue();
    outbox.deliverDue();
    List<MimeMessage> copies = received(to);
    assertThat(copies).as("sent once more, not more").hasSize(2);
    assertThat(copies.get(1).getMessageID()).isEqualTo(copies.get(0).getMessageID()).startsWith("<outbox-" + id + ".");
    assertThat(journal.findByRecipientOrderByCreatedAtDesc(to)).singleElement().satisfies(row -> {
      assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
      assertThat(row.getAttempts()).isEqualTo(2);
    });
    assertThat(jdbc.queryForObject("select claimed_by from outgoing_mail where id = ?", String.class, id))
        .as("taken over by this node").isEqualTo(java.net.InetAddress.getLocalHost().getHostAddress());
  }

  /** The production mode: woken after commit, several sending threads share the queue and send nothing twice. */
  @Test
  void sendingThreadsShareTheQueueAndSendEachMailOnce() throws Exception {
    int count = 30;
    java.util.concurrent.CountDownLatch delivered = new java.util.concurrent.CountDownLatch(count);
    Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    String kind = "test-" + tag;
    MailedDocuments documents = new MailedDocuments() {
      @Override public String kind() {
        return kind;
      }

      @Override public List<Mail.Attachment> attachments(long documentId) {
        return List.of();
      }

      @Override public void delivered(long documentId, Instant sentAt) {
        threads.add(Thread.currentThread().getName());
        delivered.countDown();
      }
    };
    List<MailedDocuments> kinds = new ArrayList<>(allDocuments);
    kinds.add(documents);
    MailOutbox async = new MailOutbox(jdbc, (JavaMailSenderImpl) sender, clock, kinds, transactionManager, "communesplone@uvcw.be",
        4, 3, Duration.ofMinutes(1), 10, Duration.ofMinutes(1), Duration.ofHours(1), "async", false, Duration.ofSeconds(15), "node-b");
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String to = address("fil" + i);
      recipients.add(to);
      // written as MailService writes it, so that only the outbox under test sends it
      jdbc.update("insert into outgoing_mail (created_at, recipient, subject, body, status, attempts, next_attempt_at, document_kind,"
          + " document_id) values (now(), ?, ?, 'Texte', 'PENDING', 0, now() - interval '1 second', ?, ?)", to, "Fil " + tag, kind, i);
    }
    try {
      async.committed();
      assertThat(delivered.await(120, java.util.concurrent.TimeUnit.SECONDS)).as("all delivered").isTrue();
    } finally {
      async.stop();
    }
    assertThat(threads.size()).as("threads that sent: %s", threads).isGreaterThan(1);
    for (String to : recipients) {
      assertThat(received(to)).as("mails to %s", to).hasSize(1);
      assertThat(journal.findByRecipientOrderByCreatedAtDesc(to)).singleElement()
          .satisfies(row -> assertThat(row.getStatus()).isEqualTo(OutgoingMail.Status.SENT));
    }
    assertThat(jdbc.queryForList("select distinct claimed_by from outgoing_mail where subject = ?", String.class, "Fil " + tag))
        .as("the journal names the node that sent them").containsExactly("node-b");
  }

  @Test
  void attachmentsGivenByTheCallerAreSentThenDroppedWhileTheJournalKeepsTheirNames() throws Exception {
    String to = address("pieces");
    mailService.send(new Mail(to, "Pièces " + tag, "Corps", null, List.of(
        new Mail.Attachment("document.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
        new Mail.Attachment("document.xml", "application/xml", "<Invoice/>".getBytes(StandardCharsets.UTF_8)))));

    MimeMultipart parts = (MimeMultipart) received(to).get(0).getContent();
    assertThat(parts.getCount()).as("body, PDF and XML").isEqualTo(3);
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("document.pdf");
    assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("document.xml");
    OutgoingMail row = journal.findByRecipientOrderByCreatedAtDesc(to).get(0);
    assertThat(row.getAttachmentNames()).isEqualTo("document.pdf, document.xml");
    assertThat(jdbc.queryForObject("select count(*) from outgoing_mail_attachment where mail_id = ?", Integer.class, row.getId())).isZero();
  }

  @Test
  void backOffDoublesFromTheFirstRetryUpToTheLongest() {
    assertThat(List.of(1, 2, 3, 6, 7, 10).stream().map(outbox::backOff).toList()).containsExactly(Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1));
  }

  @Test
  void smtpSocketsAreOpenedWithoutNagleDelay() throws Exception {
    assertThat(((JavaMailSenderImpl) sender).getJavaMailProperties().getProperty("mail.smtp.socketFactory.class"))
        .isEqualTo(NoDelaySocketFactory.class.getName());
    try (Socket socket = NoDelaySocketFactory.getDefault().createSocket()) {
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
  }

  interface Step {
    void run() throws Exception;
  }

  /** Points the application's SMTP settings elsewhere for the step (the tests run one at a time). */
  private void withSmtpPort(int smtpPort, Step step) throws Exception {
    JavaMailSenderImpl settings = (JavaMailSenderImpl) sender;
    int usual = settings.getPort();
    settings.setPort(smtpPort);
    try {
      step.run();
    } finally {
      settings.setPort(usual);
    }
  }

  private String address(String who) {
    return who + "-" + tag + "@outbox.test";
  }

  private List<MimeMessage> received(String recipient) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientIs(m, recipient)).toList();
  }

  private static boolean recipientIs(MimeMessage message, String recipient) {
    try {
      var to = message.getRecipients(Message.RecipientType.TO);
      return to != null && to.length == 1 && to[0].toString().equals(recipient);
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean subjectIs(MimeMessage message, String subject) {
    try {
      return subject.equals(message.getSubject());
    } catch (Exception e) {
      return false;
    }
  }

  private Organisation organisation() {
    return transactions.execute(status -> {
      String entity = "Entité " + tag;
      Municipality municipality = municipalities.save(new Municipality(entity));
      return organisations.save(new Organisation(municipality, OrganisationType.CPAS, "CPAS de " + entity,
          TestEnterpriseNumbers.next(), new Address("Rue du Test 1", "5000", "Namur"), address("factures")));
    });
  }

  private String person(String group) {
    String userId = group + "-" + tag;
    User user = identity.newUser(userId);
    user.setPassword(password(userId));
    identity.saveUser(user);
    identity.createMembership(userId, group);
    return userId;
  }

  private static String password(String userId) {
    return "pw-" + userId + "-long-enough";
  }

  private HttpResponse<String> call(String method, String path, String body, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
