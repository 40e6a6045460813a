package be.uvcw.convention.integrity;

import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.error.web.ErrorBody;
import be.uvcw.convention.platform.CachedBodyRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rules of docs/security.md for the engine's REST API, through both of its doors:
 * {@code /engine-rest} (HTTP Basic) and {@code /camunda/api/engine} (the webapps: Tasklist, Cockpit).
 * Runs after Camunda's authentication, before the REST resources:
 * <ul>
 *   <li>a task or process instance the caller cannot see is 404, whatever the sub-resource;</li>
 *   <li>a task is completed only by its assignee or a member of a candidate group (TaskRules),
 *   with only the keys of its form (read-only fields unchanged);</li>
 *   <li>variables are written only through forms: variable, identity-link and modification
 *   resources, messages and signals are for administrators;</li>
 *   <li>internal processes (not startable in Tasklist) are never started by hand;</li>
 *   <li>a refusal thrown by a listener or delegate comes back as its status with its French message, in the
 *   one {@link ErrorBody} of the application (a refused completion leaves the task open: the engine rolled back).</li>
 * </ul>
 */
public class EngineDoorFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineDoorFilter.class);
  private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final int MAX_BODY = 1024 * 1024;

  private final ProcessEngine engine;
  private final TaskRules rules;
  private final ObjectMapper json;
  private final String webappEnginePrefix;

  public EngineDoorFilter(ProcessEngine engine, TaskRules rules, ObjectMapper json, String webappPath) {
    this.engine = engine;
    this.rules = rules;
    this.json = json;
    this.webappEnginePrefix = webappPath + "/api/engine";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = enginePath(request);
    Caller caller = path == null ? null : caller(request);
    if (caller == null) {
      chain.doFilter(request, response); // not an engine call, or anonymous: Camunda answers (401)
      return;
    }
    String method = request.getMethod();
    HttpServletRequest forwarded = request;
    try {
      JsonNode body = null;
      if (CHANGES.contains(method) && readsVariables(path)) {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
          ErrorBody.of(413, "La requête dépasse 1 Mo : les formulaires n'envoient jamais autant.").writeTo(response, json);
          return;
        }
        forwarded = new CachedBodyRequest(request, bytes);
        body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
      }
      Caller who = caller;
      JsonNode submitted = body;
      asCaller(who, () -> {
        rules.check(method, path.split("/"), who, submitted);
        return null;
      });
    } catch (Refusal refusal) {
      ErrorBody.of(refusal).writeTo(response, json);
      return;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      ErrorBody.of(400, "La requête est illisible : le corps doit être un objet JSON.").writeTo(response, json);
      return;
    }
    if (!CHANGES.contains(method)) {
      chain.doFilter(forwarded, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    RefusalRecorder.open();
    Refusal refusal;
    try {
      chain.doFilter(forwarded, buffered);
    } finally {
      refusal = RefusalRecorder.close();
    }
    ErrorBody answer = refusal == null ? engineAnswer(buffered, method, path) : ErrorBody.of(refusal);
    if (answer != null && buffered.getStatus() >= 400) {
      if (refusal != null) {
        log.info("{} {} refused: {}", method, path, refusal.getMessage());
      }
      buffered.resetBuffer();
      answer.writeTo(buffered, json);
    }
    buffered.copyBodyToResponse();
  }

  /** The engine's own refusals speak English and name Java types: say them in French (the detail goes to the log). */
  private static ErrorBody engineAnswer(ContentCachingResponseWrapper response, String method, String path) {
    int status = response.getStatus();
    if (status == 403) {
      return ErrorBody.of(403, "Vous n'avez pas l'autorisation nécessaire pour cette opération.");
    }
    if (status >= 500) {
      log.error("{} {} failed ({}): {}", method, path, status, new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
      return ErrorBody.of(status, ErrorBody.INTERNAL);
    }
    return null;
  }

  /** Complete, submit-form and starts carry variables the rules must see. */
  private static boolean readsVariables(String path) {
    return path.endsWith("/complete") || path.endsWith("/submit-form") || path.endsWith("/start");
  }

  /** The path after the engine's REST root ("/task/42/complete"), or null outside the engine API. */
  String enginePath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String rest;
    if (uri.startsWith("/engine-rest/")) {
      rest = uri.substring("/engine-rest".length());
    } else if (uri.startsWith(webappEnginePrefix + "/engine/")) {
      rest = uri.substring(webappEnginePrefix.length());
    } else {
      return null;
    }
    if (rest.startsWith("/engine/")) { // named engine: /engine/default/task/…
      int next = rest.indexOf('/', "/engine/".length());
      rest = next < 0 ? "/" : rest.substring(next);
    }
    return rest;
  }

  /** /engine-rest: Camunda's filter has set the engine's authentication; webapps: their session. */
  private Caller caller(HttpServletRequest request) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return new Caller(current.getUserId(), current.getGroupIds(), current.getTenantIds());
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    var authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (authentication instanceof UserAuthentication user && user.getIdentityId() != null) {
      return new Caller(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    }
    return null;
  }

  /** Runs the checks with the caller's engine authentication, restoring what was there. */
  private <T> T asCaller(Caller caller, Supplier<T> call) {
    var identity = engine.getIdentityService();
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId(), caller.groups(), caller.tenants());
    try {
      return call.get();
    } finally {
      if (previous != null) {
        identity.setAuthentication(previous);
      } else {
        identity.clearAuthentication();
      }
    }
  }
}
