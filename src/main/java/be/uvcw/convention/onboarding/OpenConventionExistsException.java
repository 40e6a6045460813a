package be.uvcw.convention.onboarding;

/** The organisation already has a convention being requested, signed or in force (answered 409). */
public class OpenConventionExistsException extends IllegalStateException {
  public OpenConventionExistsException(String message) {
    super(message);
  }
}
