package be.uvcw.convention.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/** Whether an SMTP failure is final (a 5xx answer, a malformed address) or worth another attempt. */
final class SmtpFailures {

  private SmtpFailures() {}

  static boolean permanent(Throwable failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof SMTPAddressFailedException refused) {
        return refused.getReturnCode() >= 500;
      }
      if (t instanceof SMTPSenderFailedException refused) {
        return refused.getReturnCode() >= 500;
      }
      if (t instanceof SMTPSendFailedException refused && refused.getReturnCode() > 0) {
        return refused.getReturnCode() >= 500;
      }
      if (t instanceof AddressException) {
        return true;
      }
    }
    return false; // lost connection, time-out, 4xx: try again later
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
