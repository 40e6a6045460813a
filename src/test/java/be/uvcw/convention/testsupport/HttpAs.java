package be.uvcw.convention.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Calls to the running test server as a given person (HTTP Basic), and the public activation page, through the real filter chain. */
public final class HttpAs {

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final ObjectMapper json;

  public HttpAs(int port, ObjectMapper json) {
    this.port = port;
    this.json = json;
  }

  /** A new Camunda user in that group, with that password (the policy's 12 characters at least). */
  public static String unionMember(IdentityService identity, String group, String password) {
    String id = group + "-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(group);
    user.setEmail(id + "@uvcw.test");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  public static void setPassword(IdentityService identity, String userId, String password) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(password);
    identity.saveUser(user);
  }

  public HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
    return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String user, String password, Object body) throws IOException, InterruptedException {
    return http.send(request(path, user, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> put(String path, String user, String password, Object body) throws IOException, InterruptedException {
    return http.send(request(path, user, password).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POST /engine-rest/task/{id}/complete with String variables. */
  public HttpResponse<String> complete(String user, String password, String taskId, Map<String, String> values)
      throws IOException, InterruptedException {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
    return post("/engine-rest/task/" + taskId + "/complete", user, password, Map.of("variables", variables));
  }

  /** The public activation page's call: sets the password through a link's token. */
  public HttpResponse<String> activate(String token, String password) throws IOException, InterruptedException {
    String body = json.writeValueAsString(Map.of("jeton", token, "motDePasse", password, "confirmation", password));
    return http.send(HttpRequest.newBuilder(uri("/activation")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An anonymous call. */
  public HttpResponse<String> anonymous(HttpRequest.Builder builder) throws IOException, InterruptedException {
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  public String message(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body()).get("message").asText();
  }

  public JsonNode body(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body());
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic);
  }
}
