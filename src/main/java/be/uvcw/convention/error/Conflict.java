package be.uvcw.convention.error;

/** 409: the thing exists but its state forbids the request (already signed, already paid, a second notice). */
public class Conflict extends Refusal {

  public Conflict(String message) {
    super(message, null);
  }

  public Conflict(String message, String code) {
    super(message, code);
  }

  @Override
  public int status() {
    return 409;
  }
}
