package be.uvcw.convention.error.web;

import be.uvcw.convention.error.Refusal;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * The one body of every error answer, from /api and from the engine's REST doors:
 * {"status": 409, "message": "<French, for the person>", "code": "…", "errors": {"field": "…"}}
 * ("code" and "errors" only when there is something to say). The static pages and Tasklist read "message".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int status, String message, String code, Map<String, String> errors) {

  /** Said for every fault of the application: nothing of the exception reaches the person. */
  public static final String INTERNAL = "Une erreur interne est survenue ; l'Union en a été avertie par le journal de l'application.";

  public static ErrorBody of(int status, String message) {
    return new ErrorBody(status, message, null, Map.of());
  }

  public static ErrorBody of(Refusal refusal) {
    return of(refusal.status(), refusal);
  }

  /** The refusal's message under another status (a Forbidden to someone not logged in is 401). */
  public static ErrorBody of(int status, Refusal refusal) {
    return new ErrorBody(status, refusal.getMessage(), refusal.code(), refusal.fieldErrors());
  }

  /** For servlet filters, which answer before Spring MVC. */
  public void writeTo(HttpServletResponse response, ObjectMapper json) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(json.writeValueAsBytes(this));
  }
}
