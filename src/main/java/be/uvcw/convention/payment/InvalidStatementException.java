package be.uvcw.convention.payment;

import be.uvcw.convention.error.BadInput;

/** A file that is not a readable camt.053 or CODA statement; the message is French, for finance (400). */
public class InvalidStatementException extends BadInput {
  public InvalidStatementException(String message) {
    super(message);
  }

  public InvalidStatementException(String message, Throwable cause) {
    super(message, cause);
  }
}
