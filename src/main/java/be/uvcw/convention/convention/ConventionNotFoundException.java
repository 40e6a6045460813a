package be.uvcw.convention.convention;

import java.util.NoSuchElementException;

/** Answered 404 with its French message. */
public class ConventionNotFoundException extends NoSuchElementException {
  public ConventionNotFoundException(Long id) {
    super("La convention " + id + " est introuvable.");
  }
}
