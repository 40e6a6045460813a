package be.uvcw.convention.provisioning;

/** The Server refused or failed an operation; retried by the engine, then an incident. */
public class ProvisioningException extends RuntimeException {
  public ProvisioningException(String message, Throwable cause) {
    super(message, cause);
  }

  public ProvisioningException(String message) {
    super(message);
  }

  /** "Impossible d'installer … : why", "Impossible de retirer … : why" (French elides before a vowel). */
  public static ProvisioningException refused(String what, String why) {
    boolean elided = "aeiouhéè".indexOf(Character.toLowerCase(what.charAt(0))) >= 0;
    return new ProvisioningException("Impossible " + (elided ? "d'" : "de ") + what + " : " + why);
  }
}
