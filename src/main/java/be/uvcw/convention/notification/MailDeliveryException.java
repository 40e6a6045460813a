package be.uvcw.convention.notification;

public class MailDeliveryException extends RuntimeException {
  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
