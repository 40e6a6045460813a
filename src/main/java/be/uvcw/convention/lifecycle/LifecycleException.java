package be.uvcw.convention.lifecycle;

/** A request the lifecycle cannot honour, with its French message; the web layer maps each kind to a status. */
public class LifecycleException extends RuntimeException {

  protected LifecycleException(String message) {
    super(message);
  }

  /** 400: the input itself is wrong. */
  public static class BadInput extends LifecycleException {
    public BadInput(String message) {
      super(message);
    }
  }

  /** 404: no such convention, case or report. */
  public static class NotFound extends LifecycleException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** 409: the convention's state forbids it (e.g. a second notice for a convention already ending). */
  public static class Conflict extends LifecycleException {
    public Conflict(String message) {
      super(message);
    }
  }
}
