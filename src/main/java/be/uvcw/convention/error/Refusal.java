package be.uvcw.convention.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application's one error model: a request refused for a reason the person can act on, with a
 * French message written for them and, when a client needs to tell cases apart, a short machine code.
 * Four kinds, one status each: {@link BadInput} 400, {@link Forbidden} 403, {@link NotFound} 404,
 * {@link Conflict} 409 (and {@link Unavailable} 503 when a service we rely on, the mail server, is down). Thrown by rules, services, listeners and delegates (plain Java, no Spring);
 * answered by {@code error.web.ErrorAdvice} (/api) and {@code integrity.EngineDoorFilter}
 * (/engine-rest and the webapps' engine API), whatever the engine wrapped it in. Anything else that
 * escapes is a fault of the application: 500, logged, with a generic French message.
 */
public abstract class Refusal extends RuntimeException {

  private final String code;
  private final Map<String, String> fieldErrors;

  protected Refusal(String message, String code) {
    this(message, code, Map.of(), null);
  }

  protected Refusal(String message, String code, Map<String, String> fieldErrors, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.fieldErrors = fieldErrors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  /** The HTTP status of this kind of refusal. */
  public abstract int status();

  /** A short machine code ("convention-already-ending"), or null when the status says enough. */
  public String code() {
    return code;
  }

  /** Field name to its French message, for forms that show each error beside its field; often empty. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /** A task-listener or form refusal is bad input: the person corrects the form and tries again. */
  public static BadInput badInput(String message) {
    return new BadInput(message);
  }

  public static Forbidden forbidden(String message) {
    return new Forbidden(message);
  }

  public static NotFound notFound(String message) {
    return new NotFound(message);
  }

  public static Conflict conflict(String message) {
    return new Conflict(message);
  }

  /**
   * The refusal behind a failure, looking through the engine's wrappers ("Exception while invoking
   * TaskListener", ENGINE-…): null when the failure is not a refusal of the request.
   */
  public static Refusal of(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof Refusal refusal) {
        return refusal;
      }
    }
    return null;
  }
}
