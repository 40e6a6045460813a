package be.uvcw.convention.notification;

import java.util.List;

/**
 * One e-mail to send, in French. organisationId ties it to a User's record (null for internal mail).
 * Never put a password or any other secret in a mail (art. 6.7).
 *
 * @param document set when the mail delivers a document (an invoice, a credit note): the
 *     {@link MailedDocuments} of that kind renders its attachments when the mail is sent and hears
 *     of the delivery; one mail per document (a second one is not queued)
 */
public record Mail(String to, String subject, String body, Long organisationId, List<Attachment> attachments, Document document) {

  public Mail {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Mail(String to, String subject, String body, Long organisationId) {
    this(to, subject, body, organisationId, List.of(), null);
  }

  public Mail(String to, String subject, String body, Long organisationId, List<Attachment> attachments) {
    this(to, subject, body, organisationId, attachments, null);
  }

  public record Attachment(String fileName, String contentType, byte[] content) {}

  /**
   * A document this mail delivers: its kind names the {@link MailedDocuments} bean, id its row;
   * fileNames are the names of the files it will attach (shown in the journal).
   */
  public record Document(String kind, long id, List<String> fileNames) {
    public Document {
      fileNames = fileNames == null ? List.of() : List.copyOf(fileNames);
    }
  }
}
