package be.uvcw.convention.notification;

/**
 * No longer thrown: {@link MailService#send} queues the mail in the outbox and never talks to SMTP,
 * so a mail failure cannot fail the caller (the outbox records it on the mail instead). Kept so
 * that code written against the synchronous sender still compiles; remove once nobody catches it.
 */
@Deprecated(forRemoval = true)
public class MailDeliveryException extends RuntimeException {
  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
