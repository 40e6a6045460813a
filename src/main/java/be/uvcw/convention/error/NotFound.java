package be.uvcw.convention.error;

/** 404: no such thing (convention, invoice, task) for this person. */
public class NotFound extends Refusal {

  public NotFound(String message) {
    super(message, null);
  }

  public NotFound(String message, String code) {
    super(message, code);
  }

  @Override
  public int status() {
    return 404;
  }
}
