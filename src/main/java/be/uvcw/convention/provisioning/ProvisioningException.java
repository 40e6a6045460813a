package be.uvcw.convention.provisioning;

/** The Server refused or failed an operation; retried by the engine, then an incident. */
public class ProvisioningException extends RuntimeException {
  public ProvisioningException(String message, Throwable cause) {
    super(message, cause);
  }

  public ProvisioningException(String message) {
    super(message);
  }
}
