package be.uvcw.convention.notification;

import java.util.List;

/**
 * One e-mail to send, in French. organisationId ties it to a User's record (null for internal mail).
 * Never put a password or any other secret in a mail (art. 6.7).
 */
public record Mail(String to, String subject, String body, Long organisationId, List<Attachment> attachments) {

  public Mail(String to, String subject, String body, Long organisationId) {
    this(to, subject, body, organisationId, List.of());
  }

  public record Attachment(String fileName, String contentType, byte[] content) {}
}
