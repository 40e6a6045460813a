package be.uvcw.convention.identity;

import be.uvcw.convention.error.web.ErrorBody;
import be.uvcw.convention.platform.CachedBodyRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses a password outside the policy (ConventionPasswordPolicy) with a 500 and an
 * English text; on /engine-rest this filter answers first, 400 with the French reason, for
 * {@code PUT /user/{id}/credentials} and {@code POST /user/create}. The engine's check stays the wall.
 */
@RequiredArgsConstructor
public class PasswordPolicyFilter extends OncePerRequestFilter {

  private static final Pattern CREDENTIALS = Pattern.compile("/user/([^/]+)/credentials");
  private static final int MAXIMUM_BODY = 64 * 1024;

  private final ObjectMapper json;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    path = path.startsWith("/engine-rest") ? path.substring("/engine-rest".length()) : path;
    Matcher credentials = CREDENTIALS.matcher(path);
    boolean update = "PUT".equals(request.getMethod()) && credentials.matches();
    boolean create = "POST".equals(request.getMethod()) && "/user/create".equals(path);
    if (!update && !create) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAXIMUM_BODY);
    String refusal = null;
    try {
      JsonNode root = json.readTree(body);
      if (update) {
        refusal = ConventionPasswordPolicy.refusal(text(root.get("password")), java.net.URLDecoder.decode(credentials.group(1), StandardCharsets.UTF_8));
      } else {
        JsonNode profile = root.path("profile");
        refusal = ConventionPasswordPolicy.refusal(text(root.path("credentials").get("password")), text(profile.get("id")));
      }
    } catch (IOException unreadable) {
      // Not JSON: the engine's REST answers it as it always does.
    }
    if (refusal != null) {
      ErrorBody.of(HttpServletResponse.SC_BAD_REQUEST, refusal).writeTo(response, json);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
