package be.uvcw.convention.onboarding;

import be.uvcw.convention.error.Conflict;

/** The organisation already has a convention being requested, signed or in force (answered 409). */
public class OpenConventionExistsException extends Conflict {
  public OpenConventionExistsException(String message) {
    super(message);
  }
}
