package be.uvcw.convention.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox (docs/operations.md, "Mail outbox"). A sender claims a batch of due mails in a
 * short transaction ({@code for update skip locked}, so several threads and nodes never take the
 * same row), sends them over one SMTP connection, and records each outcome in its own short
 * transaction right after the server's answer: a crash between the server's acceptance and that
 * update sends that one mail again, at most one per sending thread. No database connection is held
 * while the SMTP server answers.
 *
 * <p>The claim's lease bounds how long a dead node's mails wait (lease + poll interval, 30 + 5 s by
 * default). It must outlast what a sender does with a batch: a sender starts no mail once half the
 * lease has passed and gives the rest back, so it holds a batch at most half the lease plus one
 * mail (rendering and the SMTP answers, each bounded by {@code mail.smtp.timeout}). A mail still in
 * flight when the lease ends (a server slower than its time-outs, a paused JVM) may be claimed and
 * sent by another node too: one copy more, never a lost mail. Each claim records the node
 * ({@code claimed_by}), so the journal tells which node sent a mail.
 *
 * <p>Who runs it: after every commit that queued mail ({@code after-commit}: {@code async} hands the
 * work to the sending threads, {@code inline} delivers in the committing thread, as the tests do),
 * and a periodic sweep ({@code poller}) for retries, mails of a crashed node and mails queued by
 * another node.
 */
@Service
public class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  private static final String CLAIM = "update outgoing_mail m set status = 'SENDING', claimed_until = ?, claimed_by = ?, attempts = m.attempts + 1"
      + " where m.id in (select id from outgoing_mail where (status = 'PENDING' and next_attempt_at <= ?)"
      + " or (status = 'SENDING' and claimed_until < ?) order by id limit ? for update skip locked)"
      + " returning m.id, m.recipient, m.subject, m.body, m.attempts, m.document_kind, m.document_id, m.attachment_names";

  enum AfterCommit { ASYNC, INLINE, NONE }

  private final JdbcTemplate jdbc;
  private final JavaMailSenderImpl smtp;
  private final Clock clock;
  private final String from;
  private final Map<String, MailedDocuments> documents;
  private final TransactionTemplate transaction;
  private final TransactionTemplate readOnly;
  private final int threads;
  private final int batchSize;
  private final Duration lease;
  private final int maxAttempts;
  private final Duration firstRetry;
  private final Duration maxRetry;
  private final AfterCommit afterCommit;
  private final boolean poller;
  private final Duration pollInterval;
  private final String node;

  private final ExecutorService workers;
  private final ScheduledExecutorService sweeper;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean asked = new AtomicBoolean();

  public MailOutbox(JdbcTemplate jdbc, JavaMailSenderImpl smtp, Clock clock, List<MailedDocuments> documents,
      PlatformTransactionManager transactions,
      @Value("${convention.mail.from}") String from,
      @Value("${convention.mail.outbox.threads:5}") int threads,
      @Value("${convention.mail.outbox.batch-size:20}") int batchSize,
      @Value("${convention.mail.outbox.lease:PT30S}") Duration lease,
      @Value("${convention.mail.outbox.max-attempts:10}") int maxAttempts,
      @Value("${convention.mail.outbox.first-retry:PT1M}") Duration firstRetry,
      @Value("${convention.mail.outbox.max-retry:PT1H}") Duration maxRetry,
      @Value("${convention.mail.outbox.after-commit:async}") String afterCommit,
      @Value("${convention.mail.outbox.poller:true}") boolean poller,
      @Value("${convention.mail.outbox.poll-interval:PT5S}") Duration pollInterval,
      @Value("${convention.node-name:}") String nodeName) {
    this.jdbc = jdbc;
    this.smtp = smtp;
    this.clock = clock;
    this.from = from;
    this.documents = documents.stream().collect(Collectors.toMap(MailedDocuments::kind, Function.identity()));
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readOnly.setReadOnly(true);
    this.threads = Math.max(1, threads);
    this.batchSize = Math.max(1, batchSize);
    this.lease = lease;
    this.maxAttempts = Math.max(1, maxAttempts);
    this.firstRetry = firstRetry;
    this.maxRetry = maxRetry;
    this.afterCommit = AfterCommit.valueOf(afterCommit.trim().toUpperCase(java.util.Locale.ROOT));
    this.poller = poller;
    this.pollInterval = pollInterval;
    this.node = nodeName == null || nodeName.isBlank() ? hostAddress() : nodeName.strip();
    this.workers = Executors.newFixedThreadPool(this.threads, daemon("mail-outbox"));
    this.sweeper = Executors.newSingleThreadScheduledExecutor(daemon("mail-outbox-sweep"));
  }

  /**
   * Delivers, in the calling thread, every mail due now; returns how many were claimed. For tests
   * (no sleeping for a background thread) and for the inline mode.
   */
  public int deliverDue() {
    int total = 0;
    int claimed;
    while ((claimed = deliverBatch()) > 0) {
      total += claimed;
    }
    return total;
  }

  /**
   * Puts a FAILED mail back in the queue, optionally to a corrected address; it is sent after the
   * commit, alone. Returns false when the mail does not exist or has not failed.
   */
  public boolean resend(long mailId, String correctedRecipient) {
    Boolean done = transaction.execute(status -> {
      Timestamp now = Timestamp.from(clock.instant());
      return jdbc.update("update outgoing_mail set status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_until = null,"
          + " recipient = coalesce(?, recipient) where id = ? and status = 'FAILED'", now, correctedRecipient, mailId) == 1;
    });
    if (Boolean.TRUE.equals(done)) {
      committed();
    }
    return Boolean.TRUE.equals(done);
  }

  /** A transaction that queued mail has committed (called by {@link MailService}); never throws. */
  void committed() {
    switch (afterCommit) {
      case ASYNC -> ask();
      case INLINE -> {
        try {
          deliverDue();
        } catch (RuntimeException e) {
          log.warn("Mail delivery after commit failed; the sweep will try again", e);
        }
      }
      case NONE -> { }
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void startSweeping() {
    if (poller) {
      long every = Math.max(1, pollInterval.toMillis());
      sweeper.scheduleWithFixedDelay(this::ask, every, every, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    sweeper.shutdownNow();
    workers.shutdown();
    try {
      // a mail being sent finishes and is recorded; what is left stays PENDING or its claim expires
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
  }

  /** Wakes a sending thread (up to {@code threads}); a thread that finds a full batch wakes another one. */
  private void ask() {
    asked.set(true);
    startWorker();
  }

  private void startWorker() {
    int current;
    do {
      current = running.get();
      if (current >= threads) {
        return;
      }
    } while (!running.compareAndSet(current, current + 1));
    try {
      workers.execute(this::work);
    } catch (RejectedExecutionException shuttingDown) {
      running.decrementAndGet();
    }
  }

  private void work() {
    try {
      while (asked.getAndSet(false)) {
        int claimed;
        while ((claimed = safeBatch()) > 0) {
          if (claimed == batchSize) {
            asked.set(true); // more may be waiting: another thread shares them
            startWorker();
          }
        }
      }
    } finally {
      running.decrementAndGet();
      if (asked.get()) {
        startWorker();
      }
    }
  }

  private int safeBatch() {
    try {
      return deliverBatch();
    } catch (RuntimeException e) {
      log.warn("Mail outbox: delivery interrupted ({}); claimed mails are taken again when their claim expires", e.toString());
      return 0;
    }
  }

  /** Claims up to one batch and sends it over one SMTP connection; returns how many were claimed. */
  int deliverBatch() {
    Instant claimedAt = clock.instant();
    List<Claimed> batch = transaction.execute(status -> claim(claimedAt));
    if (batch == null || batch.isEmpty()) {
      return 0;
    }
    // stop well before the claim expires, so that no other sender takes a mail this one still sends
    Instant stopAt = claimedAt.plus(lease.dividedBy(2));
    Connection connection = null;
    try {
      for (int i = 0; i < batch.size(); i++) {
        Claimed mail = batch.get(i);
        if (clock.instant().isAfter(stopAt)) {
          release(batch.subList(i, batch.size()));
          break;
        }
        MimeMessage message;
        try {
          message = message(mail);
        } catch (MessagingException | RuntimeException e) {
          failed(mail, e, true); // an address or a document that cannot make a mail will not get better
          continue;
        }
        if (connection == null) {
          try {
            connection = new Connection(smtp);
          } catch (MessagingException e) {
            // no server to talk to (down, refused, bad credentials): the whole rest waits for its next attempt
            batch.subList(i, batch.size()).forEach(rest -> failed(rest, e, false));
            break;
          }
        }
        try {
          connection.send(message);
        } catch (MessagingException e) {
          failed(mail, e, SmtpFailures.permanent(e));
          if (!connection.isConnected()) {
            connection.close();
            connection = null; // the next mail opens a new connection
          }
          continue;
        }
        sent(mail);
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
    return batch.size();
  }

  private List<Claimed> claim(Instant now) {
    Timestamp at = Timestamp.from(now);
    List<Claimed> batch = new ArrayList<>(jdbc.query(CLAIM, (rs, row) -> Claimed.of(rs),
        Timestamp.from(now.plus(lease)), node, at, at, batchSize));
    batch.sort(Comparator.comparingLong(Claimed::id));
    List<Long> withFiles = batch.stream().filter(m -> m.attachmentNames() != null && m.documentKind() == null).map(Claimed::id).toList();
    if (withFiles.isEmpty()) {
      return batch;
    }
    Map<Long, List<Mail.Attachment>> files = new HashMap<>();
    String ids = withFiles.stream().map(String::valueOf).collect(Collectors.joining(","));
    jdbc.query("select mail_id, file_name, content_type, content from outgoing_mail_attachment where mail_id in (" + ids + ")"
        + " order by mail_id, position", rs -> {
          files.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
              .add(new Mail.Attachment(rs.getString(2), rs.getString(3), rs.getBytes(4)));
        });
    return batch.stream().map(m -> m.withFiles(files.getOrDefault(m.id(), List.of()))).toList();
  }

  private MimeMessage message(Claimed mail) throws MessagingException {
    List<Mail.Attachment> attachments = mail.files();
    if (mail.documentKind() != null) {
      MailedDocuments kind = documents.get(mail.documentKind());
      if (kind == null) {
        throw new IllegalStateException("Aucun générateur de documents « " + mail.documentKind() + " ».");
      }
      attachments = readOnly.execute(status -> kind.attachments(mail.documentId()));
    }
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    for (Mail.Attachment attachment : attachments) {
      helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
    }
    message.setSentDate(java.util.Date.from(clock.instant()));
    message.saveChanges();
    // the same Message-ID on a resend after a crash lets mail clients recognise the copy
    message.setHeader("Message-ID", "<outbox-" + mail.id() + "." + domainOf(from) + ">");
    return message;
  }

  private void sent(Claimed mail) {
    transaction.executeWithoutResult(status -> {
      Instant now = clock.instant();
      // Once delivered, the row keeps no usable personal link (SecretLinks); a FAILED row keeps it to be resent.
      jdbc.update("update outgoing_mail set status = 'SENT', sent_at = ?, claimed_until = null, next_attempt_at = null, error = null,"
          + " body = ? where id = ?", Timestamp.from(now), SecretLinks.mask(mail.body()), mail.id());
      if (!mail.files().isEmpty()) {
        jdbc.update("delete from outgoing_mail_attachment where mail_id = ?", mail.id());
      }
      if (mail.documentKind() != null) {
        documents.get(mail.documentKind()).delivered(mail.documentId(), now);
      }
    });
  }

  private void failed(Claimed mail, Exception e, boolean permanent) {
    String error = describe(e);
    if (permanent || mail.attempts() >= maxAttempts) {
      log.warn("Mail {} to {} FAILED after {} attempt(s): {}", mail.id(), mail.recipient(), mail.attempts(), error);
      transaction.executeWithoutResult(status -> jdbc.update("update outgoing_mail set status = 'FAILED', error = ?,"
          + " claimed_until = null, next_attempt_at = null where id = ?", error, mail.id()));
    } else {
      Instant next = clock.instant().plus(backOff(mail.attempts()));
      transaction.executeWithoutResult(status -> jdbc.update("update outgoing_mail set status = 'PENDING', error = ?,"
          + " claimed_until = null, next_attempt_at = ? where id = ?", error, Timestamp.from(next), mail.id()));
    }
  }

  /** Gives back the mails a sender will not reach before its claim expires, as if never tried. */
  private void release(List<Claimed> rest) {
    Timestamp now = Timestamp.from(clock.instant());
    transaction.executeWithoutResult(status -> {
      for (Claimed mail : rest) {
        jdbc.update("update outgoing_mail set status = 'PENDING', attempts = attempts - 1, claimed_until = null, next_attempt_at = ?"
            + " where id = ? and status = 'SENDING'", now, mail.id());
      }
    });
  }

  /** first-retry, doubled at each attempt, at most max-retry. */
  Duration backOff(int attempts) {
    Duration wait = firstRetry;
    for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
  }

  private static String describe(Exception e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
    Exception next = e instanceof MessagingException m ? m.getNextException() : null;
    if (next != null && next.getMessage() != null && !text.toString().contains(next.getMessage().strip())) {
      text.append(" : ").append(next.getMessage().strip());
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
  }

  /** Camunda's own default name for a node (its job log's HOSTNAME_), when convention.node-name is not set. */
  private static String hostAddress() {
    try {
      return java.net.InetAddress.getLocalHost().getHostAddress();
    } catch (java.net.UnknownHostException e) {
      return "unknown";
    }
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    String domain = at < 0 ? "convention" : address.substring(at + 1).replace(">", "").strip();
    return domain.isEmpty() ? "convention" : domain;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private record Claimed(long id, String recipient, String subject, String body, int attempts, String documentKind,
      Long documentId, String attachmentNames, List<Mail.Attachment> files) {

    static Claimed of(ResultSet rs) throws SQLException {
      Long documentId = rs.getObject("document_id", Long.class);
      return new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
          rs.getInt("attempts"), rs.getString("document_kind"), documentId, rs.getString("attachment_names"), Collections.emptyList());
    }

    Claimed withFiles(List<Mail.Attachment> loaded) {
      return new Claimed(id, recipient, subject, body, attempts, documentKind, documentId, attachmentNames, loaded);
    }
  }

  /**
   * One SMTP connection for a batch, with the settings of spring.mail.* (the {@code JavaMailSender}
   * would open and check one per call and report only at the end; the outbox records each mail as
   * soon as the server answers it).
   */
  private static final class Connection implements AutoCloseable {
    private final jakarta.mail.Transport transport;

    Connection(JavaMailSenderImpl settings) throws MessagingException {
      transport = settings.getSession().getTransport(settings.getProtocol() == null ? "smtp" : settings.getProtocol());
      String user = settings.getUsername() == null || settings.getUsername().isEmpty() ? null : settings.getUsername();
      transport.connect(settings.getHost(), settings.getPort(), user, user == null ? null : settings.getPassword());
    }

    void send(MimeMessage message) throws MessagingException {
      transport.sendMessage(message, message.getAllRecipients());
    }

    boolean isConnected() {
      return transport.isConnected();
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the mails are recorded already; a failed QUIT changes nothing
      }
    }
  }
}
