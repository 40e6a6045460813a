package be.uvcw.convention.convention;

import be.uvcw.convention.error.NotFound;

/** Answered 404 with its French message. */
public class ConventionNotFoundException extends NotFound {
  public ConventionNotFoundException(Long id) {
    super("La convention " + id + " est introuvable.");
  }
}
