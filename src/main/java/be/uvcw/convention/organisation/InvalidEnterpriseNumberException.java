package be.uvcw.convention.organisation;

import be.uvcw.convention.error.BadInput;

/** The message is in French: it is shown as is to whoever typed the number. */
public class InvalidEnterpriseNumberException extends BadInput {
  public InvalidEnterpriseNumberException(String message) {
    super(message);
  }
}
