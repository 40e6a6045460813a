package be.uvcw.convention.integrity;

import org.camunda.bpm.engine.exception.NotFoundException;

/**
 * The one small error model of the application: a refusal with its HTTP status and a French
 * message written for the person who made the request. Thrown by rules, listeners and delegates;
 * turned into {"message": "…"} by ApiExceptionHandler (/api) and by EngineDoorFilter
 * (/engine-rest and the webapps' engine API), whatever the engine wrapped it in.
 */
public class Refusal extends RuntimeException {

  public enum Kind {
    BAD_INPUT(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), INTERNAL(500);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;

  public Refusal(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static Refusal badInput(String message) {
    return new Refusal(Kind.BAD_INPUT, message);
  }

  public static Refusal forbidden(String message) {
    return new Refusal(Kind.FORBIDDEN, message);
  }

  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, message);
  }

  public static Refusal tooLarge(String message) {
    return new Refusal(Kind.TOO_LARGE, message);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return kind.status();
  }

  /**
   * The refusal behind an exception, looking through the engine's wrappers (ENGINE-03051 …): a
   * Refusal, or an IllegalArgumentException of our code (house rule: its message is French, for the
   * user). Null when the failure is not a refusal of the request.
   */
  public static Refusal of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Refusal refusal) {
        return refusal;
      }
      if (t instanceof IllegalArgumentException && isUserMessage(t.getMessage())) {
        return badInput(t.getMessage());
      }
      if (t instanceof NotFoundException) {
        return null;
      }
    }
    return null;
  }

  /** Engine and library texts (codes, class names) are never shown to a user. */
  static boolean isUserMessage(String message) {
    return message != null && !message.isBlank() && !message.contains("ENGINE-")
        && !message.matches("(?s).*\\b(java|jakarta|org|com)\\.[a-z]+\\.[A-Za-z.]+.*");
  }
}
