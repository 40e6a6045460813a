package be.uvcw.convention.error.web;

import be.uvcw.convention.error.Forbidden;
import be.uvcw.convention.error.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of every controller (/api, /activation, the register) as one {@link ErrorBody} with a
 * French message: the application's refusals ({@link Refusal}) with their status, Spring MVC's own
 * (bad JSON, missing parameter, wrong type, upload too large, wrong method, unknown address) in
 * French, and anything else as 500 with the stack in the log and nothing of it in the body.
 */
@RestControllerAdvice
public class ErrorAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

  private final IdentityService identityService;
  private final DataSize maxUpload;

  public ErrorAdvice(IdentityService identityService,
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
    this.identityService = identityService;
    this.maxUpload = maxUpload;
  }

  @ExceptionHandler(Refusal.class)
  ResponseEntity<Object> refusal(Refusal refusal) {
    if (refusal instanceof Forbidden && nobodyLoggedIn()) {
      return answer(ErrorBody.of(HttpStatus.UNAUTHORIZED.value(), refusal));
    }
    return answer(ErrorBody.of(refusal));
  }

  /** A listener or delegate refused and the engine wrapped it; any other engine failure is ours. */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Object> engine(ProcessEngineException failure, HttpServletRequest request) {
    Refusal refusal = Refusal.of(failure);
    return refusal != null ? refusal(refusal) : internal(failure, request);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> engineAuthorization(AuthorizationException e) {
    log.info("Refused by the engine's authorization check: {}", e.getMessage());
    return answer(ErrorBody.of(403, "Vous n'avez pas l'autorisation nécessaire pour cette opération."));
  }

  /** A constraint guards an invariant: the request contradicts data already recorded. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
    log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return answer(ErrorBody.of(409, "Cette opération contredit des données déjà enregistrées (doublon ou règle non respectée)."));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.getConstraintViolations().forEach(v -> errors.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " ; " + b));
    return answer(invalid(errors));
  }

  /** Everything else is a fault of the application: logged with its stack, never shown. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> internal(Exception failure, HttpServletRequest request) {
    log.error("{} {} failed", request.getMethod(), request.getRequestURI(), failure);
    return answer(ErrorBody.of(500, ErrorBody.INTERNAL));
  }

  /** Spring MVC's own exceptions arrive here with their status: the body says it in French. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    ErrorBody answer = frenchAnswer(ex, statusCode, request);
    return ResponseEntity.status(answer.status()).headers(headers).body(answer);
  }

  private ErrorBody frenchAnswer(Exception ex, HttpStatusCode statusCode, WebRequest request) {
    if (ex instanceof BindException e) {
      return invalid(fieldErrors(e));
    } else if (ex instanceof HandlerMethodValidationException e) {
      return invalid(parameterErrors(e));
    } else if (ex instanceof HttpMessageNotReadableException) {
      return ErrorBody.of(400, "La requête est illisible : vérifiez le format JSON et le type de chaque champ.");
    } else if (ex instanceof MissingServletRequestParameterException e) {
      return ErrorBody.of(400, "Le paramètre « " + e.getParameterName() + " » est obligatoire.");
    } else if (ex instanceof MissingServletRequestPartException e) {
      return ErrorBody.of(400, "La pièce « " + e.getRequestPartName() + " » manque à l'envoi.");
    } else if (ex instanceof TypeMismatchException e) {
      return ErrorBody.of(400, "La valeur « " + e.getValue() + " » ne convient pas pour « " + e.getPropertyName() + " ».");
    } else if (ex instanceof MaxUploadSizeExceededException) {
      return ErrorBody.of(413, "Le fichier envoyé dépasse la taille maximale de " + maxUpload.toMegabytes() + " Mo.");
    } else if (ex instanceof HttpRequestMethodNotSupportedException e) {
      return ErrorBody.of(405, "La méthode " + e.getMethod() + " n'est pas permise à cette adresse.");
    } else if (ex instanceof NoResourceFoundException e) {
      return ErrorBody.of(404, "Cette adresse n'existe pas : /" + e.getResourcePath());
    } else if (ex instanceof NoHandlerFoundException e) {
      return ErrorBody.of(404, "Cette adresse n'existe pas : " + e.getRequestURL());
    } else if (ex instanceof HttpMediaTypeNotSupportedException e) {
      return ErrorBody.of(415, "Ce format (" + e.getContentType() + ") n'est pas accepté à cette adresse.");
    } else if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return ErrorBody.of(406, "Ce format de réponse n'est pas disponible à cette adresse.");
    }
    return byStatus(ex, statusCode, request);
  }

  private ErrorBody byStatus(Exception ex, HttpStatusCode status, WebRequest request) {
    if (status.is5xxServerError()) {
      log.error("{} failed", request.getDescription(false), ex);
      return ErrorBody.of(status.value(), ErrorBody.INTERNAL);
    }
    return ErrorBody.of(status.value(), "La requête n'a pas pu être traitée (statut " + status.value() + ").");
  }

  private static ErrorBody invalid(Map<String, String> errors) {
    String details = errors.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue()).collect(Collectors.joining(" ; "));
    return new ErrorBody(400, "Données invalides. " + details, null, errors);
  }

  private static Map<String, String> fieldErrors(BindException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      errors.merge(error.getField(), String.valueOf(error.getDefaultMessage()), (a, b) -> a + " ; " + b);
    }
    e.getBindingResult().getGlobalErrors().forEach(error ->
        errors.merge(error.getObjectName(), String.valueOf(error.getDefaultMessage()), (a, b) -> a + " ; " + b));
    return errors;
  }

  private static Map<String, String> parameterErrors(HandlerMethodValidationException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.getParameterValidationResults().forEach(result -> {
      String name = result.getMethodParameter().getParameterName();
      result.getResolvableErrors().forEach(error ->
          errors.merge(name == null ? "paramètre" : name, String.valueOf(error.getDefaultMessage()), (a, b) -> a + " ; " + b));
    });
    return errors;
  }

  private boolean nobodyLoggedIn() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null;
  }

  private static ResponseEntity<Object> answer(ErrorBody body) {
    return ResponseEntity.status(body.status()).body(body);
  }
}
