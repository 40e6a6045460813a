package be.uvcw.convention.notification;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues e-mails in the outbox: {@link #send} writes the mail in the caller's transaction, so it
 * leaves only if the business change that causes it commits, and a retried job cannot send twice
 * what it already sent. {@link MailOutbox} delivers it after the commit. Nothing here talks to SMTP,
 * so queuing never fails because the mail server is down.
 */
@Service
public class MailService {

  private static final String INSERT = "insert into outgoing_mail (created_at, recipient, subject, body, attachment_names,"
      + " organisation_id, status, attempts, next_attempt_at, document_kind, document_id)"
      + " values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?) on conflict (document_kind, document_id) do nothing";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final MailOutbox outbox;
  private final TransactionTemplate ownTransaction;

  public MailService(JdbcTemplate jdbc, Clock clock, MailOutbox outbox, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.outbox = outbox;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Queues the mail in the current transaction (a new one when there is none); it is sent after commit. */
  @Transactional
  public void send(Mail mail) {
    queueAll(List.of(mail));
  }

  /**
   * Queues several mails in one batch, in the current transaction. A mail for a document that
   * already has one ({@link Mail.Document}) is skipped. Returns how many were queued.
   */
  @Transactional
  public int queueAll(List<Mail> mails) {
    if (mails.isEmpty()) {
      return 0;
    }
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      // a read-only transaction changes nothing the mail could be tied to, and PostgreSQL refuses the insert
      return ownTransaction.execute(status -> insert(mails));
    }
    return insert(mails);
  }

  private int insert(List<Mail> mails) {
    Timestamp now = Timestamp.from(clock.instant());
    List<Mail> plain = mails.stream().filter(mail -> mail.attachments().isEmpty()).toList();
    int queued = 0;
    for (int[] counts : jdbc.batchUpdate(INSERT, plain, 200, (statement, mail) -> bind(statement, mail, now))) {
      for (int count : counts) {
        queued += Math.max(0, count); // 0: that document's mail was queued already
      }
    }
    for (Mail mail : mails) {
      if (!mail.attachments().isEmpty()) {
        queued += insertWithAttachments(mail, now);
      }
    }
    afterCommitDeliver();
    return queued;
  }

  private int insertWithAttachments(Mail mail, Timestamp now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    int inserted = jdbc.update(connection -> {
      PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"});
      bind(statement, mail, now);
      return statement;
    }, key);
    if (inserted == 0) {
      return 0;
    }
    long mailId = key.getKey().longValue();
    List<Object[]> files = new java.util.ArrayList<>();
    for (int position = 0; position < mail.attachments().size(); position++) {
      Mail.Attachment file = mail.attachments().get(position);
      files.add(new Object[] {mailId, position, file.fileName(), file.contentType(), file.content()});
    }
    jdbc.batchUpdate("insert into outgoing_mail_attachment (mail_id, position, file_name, content_type, content) values (?, ?, ?, ?, ?)", files);
    return 1;
  }

  private static void bind(PreparedStatement statement, Mail mail, Timestamp now) throws java.sql.SQLException {
    statement.setTimestamp(1, now);
    statement.setString(2, mail.to());
    statement.setString(3, mail.subject());
    statement.setString(4, mail.body());
    statement.setString(5, attachmentNames(mail));
    statement.setObject(6, mail.organisationId());
    statement.setTimestamp(7, now);
    statement.setString(8, mail.document() == null ? null : mail.document().kind());
    statement.setObject(9, mail.document() == null ? null : mail.document().id());
  }

  private static String attachmentNames(Mail mail) {
    List<String> names = mail.document() != null ? mail.document().fileNames()
        : mail.attachments().stream().map(Mail.Attachment::fileName).toList();
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** One delivery per transaction, however many mails it queued. */
  private void afterCommitDeliver() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(DeliverAfterCommit.class::isInstance)) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new DeliverAfterCommit(outbox));
  }

  private record DeliverAfterCommit(MailOutbox outbox) implements TransactionSynchronization {
    @Override
    public void afterCompletion(int status) {
      if (status == STATUS_COMMITTED) {
        outbox.committed();
      }
    }
  }
}
