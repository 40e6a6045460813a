package be.uvcw.convention.billing;

import be.uvcw.convention.error.NotFound;

/** No such invoice, credit note or run: HTTP 404. */
public class BillingNotFoundException extends NotFound {
  public BillingNotFoundException(String message) {
    super(message);
  }
}
