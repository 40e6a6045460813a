package be.uvcw.convention.lifecycle.web;

import be.uvcw.convention.identity.AccessDeniedException;
import be.uvcw.convention.lifecycle.LifecycleException;
import be.uvcw.convention.organisation.InvalidEnterpriseNumberException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** French messages with the right status for the lifecycle's controllers: {"message": "..."}. */
@RestControllerAdvice(basePackages = {"be.uvcw.convention.lifecycle.web", "be.uvcw.convention.misuse.web",
    "be.uvcw.convention.intrusion.web", "be.uvcw.convention.importing.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LifecycleExceptionHandler {

  @ExceptionHandler(LifecycleException.BadInput.class)
  ResponseEntity<Map<String, String>> badInput(LifecycleException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(InvalidEnterpriseNumberException.class)
  ResponseEntity<Map<String, String>> badNumber(InvalidEnterpriseNumberException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(LifecycleException.NotFound.class)
  ResponseEntity<Map<String, String>> notFound(LifecycleException e) {
    return answer(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(LifecycleException.Conflict.class)
  ResponseEntity<Map<String, String>> conflict(LifecycleException e) {
    return answer(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
    return answer(HttpStatus.FORBIDDEN, e.getMessage());
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
