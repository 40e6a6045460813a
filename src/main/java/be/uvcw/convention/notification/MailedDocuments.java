package be.uvcw.convention.notification;

import java.time.Instant;
import java.util.List;

/**
 * A kind of document mailed through the outbox by reference ({@link Mail.Document}). Its
 * attachments are rendered again at sending time from the immutable document instead of being
 * stored with every mail (10,000 invoices × ~40 KB per billing run).
 */
public interface MailedDocuments {

  /** The {@link Mail.Document#kind()} this bean answers for. */
  String kind();

  /** The files to attach, rendered from the document (the same document always gives the same files). */
  List<Mail.Attachment> attachments(long documentId);

  /** The SMTP server accepted the mail; called inside the transaction that marks it SENT. */
  void delivered(long documentId, Instant sentAt);
}
