package be.uvcw.convention.adaptation.web;

import be.uvcw.convention.identity.AccessDeniedException;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * French error answers for the adaptation, Tool request/update, maintenance and help APIs. Limited
 * to these packages so that it never competes with the application-wide advice.
 */
@RestControllerAdvice(basePackages = {"be.uvcw.convention.adaptation.web", "be.uvcw.convention.catalog.request.web",
    "be.uvcw.convention.catalog.update.web", "be.uvcw.convention.maintenance.web", "be.uvcw.convention.help.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdaptationApiErrors {

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
    HttpStatus status = "Authentification requise.".equals(e.getMessage()) ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
    return ResponseEntity.status(status).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<Map<String, String>> conflict(IllegalStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Map<String, String>> integrity(DataIntegrityViolationException e) {
    String cause = String.valueOf(e.getMostSpecificCause().getMessage());
    String message = cause.contains("ck_training_registration_within_seats") ? "Cette séance de formation est complète."
        : cause.contains("uq_training_registration_once_per_person") ? "Cette personne est déjà inscrite à cette séance."
        : cause.contains("uq_tool_request_one_open_per_organisation_and_tool") ? "Une demande pour cet Outil est déjà en cours."
        : cause.contains("uq_maintenance_member_one_current_per_user") ? "Cette personne est déjà proposée ou membre de l'Équipe de maintenance."
        : "Cette opération contredit des données existantes.";
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", message));
  }
}
