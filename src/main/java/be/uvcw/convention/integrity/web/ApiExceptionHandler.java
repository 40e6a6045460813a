package be.uvcw.convention.integrity.web;

import be.uvcw.convention.identity.AccessDeniedException;
import be.uvcw.convention.integrity.Refusal;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every /api (and /activation) error as {"message": "…"} in French with the right status:
 * 400 bad input, 401 nobody logged in, 403 not allowed, 404 unknown, 405 wrong method, 409 not in this state.
 * Messages of IllegalArgument/IllegalState exceptions are written in French for the user by the
 * code that throws them (house rule), so they are shown as they are.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final IdentityService identityService;

  public ApiExceptionHandler(IdentityService identityService) {
    this.identityService = identityService;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, String>> accessDenied(AccessDeniedException e) {
    boolean anonymous = identityService.getCurrentAuthentication() == null
        || identityService.getCurrentAuthentication().getUserId() == null;
    return answer(anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> engineAuthorization(AuthorizationException e) {
    log.info("Refused by the engine's authorization check: {}", e.getMessage());
    return answer(HttpStatus.FORBIDDEN, "Vous n'avez pas l'autorisation nécessaire pour cette opération.");
  }

  /** The application's refusals (integrity.Refusal): their own status and French message. */
  @ExceptionHandler(Refusal.class)
  ResponseEntity<Map<String, String>> refusal(Refusal e) {
    return answer(HttpStatus.valueOf(e.status()), e.getMessage());
  }

  /** A listener or delegate refused (the engine wrapped it); anything else is logged, never shown. */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, String>> engine(ProcessEngineException e) {
    Refusal refusal = Refusal.of(e);
    if (refusal != null) {
      return answer(HttpStatus.valueOf(refusal.status()), refusal.getMessage());
    }
    log.error("Engine failure behind an /api request", e);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Une erreur interne est survenue ; l'Union en a été avertie par le journal.");
  }

  /** Uploads over spring.servlet.multipart.max-file-size (20 Mo). */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    return answer(HttpStatus.PAYLOAD_TOO_LARGE, "Le fichier envoyé dépasse la taille maximale de 20 Mo.");
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<Map<String, String>> invalidBody(BindException e) {
    String details = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + " : " + error.getDefaultMessage())
        .collect(Collectors.joining(" ; "));
    return answer(HttpStatus.BAD_REQUEST, "Données invalides. " + details);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<Map<String, String>> invalidParameters(HandlerMethodValidationException e) {
    String details = e.getAllErrors().stream().map(error -> error.getDefaultMessage()).collect(Collectors.joining(" ; "));
    return answer(HttpStatus.BAD_REQUEST, "Données invalides. " + details);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Map<String, String>> constraintViolation(ConstraintViolationException e) {
    String details = e.getConstraintViolations().stream()
        .map(v -> v.getPropertyPath() + " : " + v.getMessage()).collect(Collectors.joining(" ; "));
    return answer(HttpStatus.BAD_REQUEST, "Données invalides. " + details);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return answer(HttpStatus.BAD_REQUEST, "La requête est illisible : vérifiez le format JSON et le type de chaque champ.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, "Le paramètre « " + e.getParameterName() + " » est obligatoire.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e) {
    return answer(HttpStatus.BAD_REQUEST, "La valeur « " + e.getValue() + " » ne convient pas pour « " + e.getName() + " ».");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<Map<String, String>> conflict(IllegalStateException e) {
    return answer(HttpStatus.CONFLICT, e.getMessage());
  }

  /** The database refused a row (a constraint guards an invariant): the request contradicts existing data. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Map<String, String>> integrity(DataIntegrityViolationException e) {
    log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return answer(HttpStatus.CONFLICT, "Cette opération contredit des données déjà enregistrées (doublon ou règle non respectée).");
  }

  @ExceptionHandler({NoSuchElementException.class, EntityNotFoundException.class})
  ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
    String message = e.getMessage() == null || e.getMessage().equals("No value present")
        ? "L'élément demandé est introuvable." : e.getMessage();
    return answer(HttpStatus.NOT_FOUND, message);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, String>> unknownAddress(NoResourceFoundException e) {
    return answer(HttpStatus.NOT_FOUND, "Cette adresse n'existe pas : /" + e.getResourcePath());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, String>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "La méthode " + e.getMethod() + " n'est pas permise à cette adresse.");
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> withStatus(ResponseStatusException e) {
    return answer(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason() != null ? e.getReason() : "Requête refusée.");
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message == null ? status.getReasonPhrase() : message));
  }
}
