package be.uvcw.convention.identity;

/** Answered 403 with its French message (401 when nobody is authenticated). */
public class AccessDeniedException extends RuntimeException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
