package be.uvcw.convention.organisation;

/** The message is in French: it is shown as is to whoever typed the number. */
public class InvalidEnterpriseNumberException extends IllegalArgumentException {
  public InvalidEnterpriseNumberException(String message) {
    super(message);
  }
}
