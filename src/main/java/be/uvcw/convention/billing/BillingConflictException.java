package be.uvcw.convention.billing;

import be.uvcw.convention.error.Conflict;

/** The request contradicts what is already recorded (run already open, month already credited…): HTTP 409. */
public class BillingConflictException extends Conflict {
  public BillingConflictException(String message) {
    super(message);
  }
}
