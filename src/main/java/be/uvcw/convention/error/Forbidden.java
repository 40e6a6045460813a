package be.uvcw.convention.error;

/** 403: the person may not do this (another organisation's data, a task that is not theirs); answered 401 when nobody is logged in. */
public class Forbidden extends Refusal {

  public Forbidden(String message) {
    super(message, null);
  }

  public Forbidden(String message, String code) {
    super(message, code);
  }

  @Override
  public int status() {
    return 403;
  }
}
