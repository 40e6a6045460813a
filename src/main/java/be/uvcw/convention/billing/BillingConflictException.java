package be.uvcw.convention.billing;

/** The request contradicts what is already recorded (run already open, month already credited…): HTTP 409. */
public class BillingConflictException extends IllegalStateException {
  public BillingConflictException(String message) {
    super(message);
  }
}
