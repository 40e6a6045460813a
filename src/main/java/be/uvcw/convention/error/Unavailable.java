package be.uvcw.convention.error;

/** 503: a service the application relies on (the mail server) refused or is down; trying again later may work. */
public class Unavailable extends Refusal {

  public Unavailable(String message, Throwable cause) {
    super(message, null, null, cause);
  }

  @Override
  public int status() {
    return 503;
  }
}
