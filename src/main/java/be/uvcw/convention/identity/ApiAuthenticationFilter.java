package be.uvcw.convention.identity;

import be.uvcw.convention.error.web.ErrorBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates /api calls with the Camunda users: either the session of someone logged in to a
 * Camunda webapp (a signatory in Tasklist clicks a document link), or HTTP Basic. The caller's
 * user, groups and tenants are set on the engine for the request (CurrentUser reads them) and
 * cleared afterwards. Anonymous calls get 401 with a French message.
 */
@RequiredArgsConstructor
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String UNAUTHENTICATED_MESSAGE =
      "Authentification requise : connectez-vous à Tasklist ou utilisez vos identifiants (HTTP Basic).";

  /** Camunda webapps' CSRF token (CsrfPreventionFilter): a session may change data only with it. */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final ProcessEngine engine;
  private final ObjectMapper json;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = fromWebappSession(request);
    if (caller == null && request.getHeader("Authorization") != null) {
      caller = fromBasic(request);
    }
    if (caller == null) {
      refuse(response);
      return;
    }
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(caller.userId(), caller.groups(), caller.tenants());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Caller fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !safeOrCsrfProtected(request, session)) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (!(authentication instanceof UserAuthentication user) || user.getIdentityId() == null) {
      return null;
    }
    return new Caller(user.getIdentityId(), nullToEmpty(user.getGroupIds()), nullToEmpty(user.getTenantIds()));
  }

  /** A cookie goes with any cross-site request: a session may change data only with the webapp's CSRF token. */
  private static boolean safeOrCsrfProtected(HttpServletRequest request, HttpSession session) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return true;
    }
    Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String given = request.getHeader(CSRF_HEADER);
    return expected != null && given != null && expected.toString().equals(given);
  }

  private Caller fromBasic(HttpServletRequest request) {
    AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
    if (result == null || !result.isAuthenticated()) {
      return null;
    }
    String userId = result.getAuthenticatedUser();
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    return new Caller(userId, groups, tenants);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Convention\", charset=\"UTF-8\"");
    ErrorBody.of(HttpServletResponse.SC_UNAUTHORIZED, UNAUTHENTICATED_MESSAGE).writeTo(response, json);
  }

  private static List<String> nullToEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  private record Caller(String userId, List<String> groups, List<String> tenants) {}
}
