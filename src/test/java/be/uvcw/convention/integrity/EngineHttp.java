package be.uvcw.convention.integrity;

import be.uvcw.convention.testsupport.HttpAs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;

/** HTTP as each role would call it, through the real filter chain: Basic auth or a webapp session. */
final class EngineHttp {

  static final String PASSWORD = "a-long-enough-test-password";

  private final int port;
  private final IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  EngineHttp(int port, IdentityService identity) {
    this.port = port;
    this.identity = identity;
  }

  /** A new person in that group (and tenant), not a demo user: nobody in the test data has this id. */
  String person(String group, String tenantId) {
    String id = HttpAs.unionMember(identity, group, PASSWORD);
    if (tenantId != null) {
      identity.createTenantUserMembership(tenantId, id);
    }
    return id;
  }

  void setPassword(String userId) {
    HttpAs.setPassword(identity, userId, PASSWORD);
  }

  HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
    return send(request(path, user).GET());
  }

  HttpResponse<String> post(String path, String user, Object body) throws IOException, InterruptedException {
    return send(request(path, user).header("Content-Type", "application/json").POST(body(body)));
  }

  HttpResponse<String> put(String path, String user, Object body) throws IOException, InterruptedException {
    return send(request(path, user).header("Content-Type", "application/json").PUT(body(body)));
  }

  HttpResponse<String> delete(String path, String user) throws IOException, InterruptedException {
    return send(request(path, user).DELETE());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
    if (user != null) {
      builder.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  JsonNode json(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body());
  }

  String message(HttpResponse<String> response) throws IOException {
    return json(response).path("message").asText();
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpRequest.BodyPublisher body(Object body) throws IOException {
    return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
  }

  /** A Tasklist session: its cookie and CSRF token, as the browser sends them to /camunda/api/engine. */
  record Session(HttpClient browser, String csrf) {}

  Session tasklistLogin(String user) throws IOException, InterruptedException {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " failed: " + login.statusCode());
    }
    String token = browser.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElse(csrf);
    return new Session(browser, token);
  }

  HttpResponse<String> webappPost(Session session, String path, Object body) throws IOException, InterruptedException {
    return session.browser().send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path))
        .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", session.csrf())
        .POST(body(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static java.util.Map<String, Object> variables(Object... nameTypeValue) {
    java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameTypeValue.length; i += 3) {
      java.util.Map<String, Object> variable = new java.util.LinkedHashMap<>();
      variable.put("value", nameTypeValue[i + 2]);
      variable.put("type", nameTypeValue[i + 1]);
      variables.put((String) nameTypeValue[i], variable);
    }
    return java.util.Map.of("variables", variables);
  }
}
