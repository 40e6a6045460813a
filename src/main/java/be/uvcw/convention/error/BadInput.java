package be.uvcw.convention.error;

import java.util.Map;

/** 400: the input itself is wrong (a field, a date, a decision missing from a form); the person corrects it. */
public class BadInput extends Refusal {

  public BadInput(String message) {
    super(message, null);
  }

  public BadInput(String message, String code) {
    super(message, code);
  }

  /** Unreadable input (a file, a number): the cause goes to no one, the message to the person. */
  public BadInput(String message, Throwable cause) {
    super(message, null, null, cause);
  }

  /** With each field's French message (shown beside the field); the message sums them up. */
  public BadInput(String message, Map<String, String> fieldErrors) {
    super(message, null, fieldErrors, null);
  }

  @Override
  public int status() {
    return 400;
  }
}
