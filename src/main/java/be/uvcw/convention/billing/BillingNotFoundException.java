package be.uvcw.convention.billing;

/** No such invoice, credit note or run: HTTP 404. */
public class BillingNotFoundException extends java.util.NoSuchElementException {
  public BillingNotFoundException(String message) {
    super(message);
  }
}
