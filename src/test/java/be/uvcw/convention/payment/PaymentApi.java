package be.uvcw.convention.payment;

import be.uvcw.convention.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;

/** HTTP calls of the payment tests, through the real filter chain with HTTP Basic. */
final class PaymentApi {

  record Answer(int status, JsonNode json, byte[] body) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final ObjectMapper json;
  private final IdentityService identity;

  PaymentApi(int port, ObjectMapper json, IdentityService identity) {
    this.port = port;
    this.json = json;
    this.identity = identity;
  }

  /** A new user in that group (null: none), with a long password. */
  String user(String group) {
    return TestUsers.create(identity, "pay", group);
  }

  void inTenant(String userId, String tenant) {
    TestUsers.inTenant(identity, userId, tenant);
  }


  Answer call(String method, String path, String body, String userId) throws Exception {
    HttpRequest.Builder request = request(path, userId)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    return send(request);
  }

  Answer upload(String fileName, byte[] content, String userId) throws Exception {
    String boundary = "----statement" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request("/api/bank-statements", userId).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path, String userId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (userId != null) {
      request.header("Authorization", TestUsers.basicAuthorization(userId));
    }
    return request;
  }

  private Answer send(HttpRequest.Builder request) throws Exception {
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    JsonNode node = null;
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.contains("json") && response.body().length > 0) {
      node = json.readTree(response.body());
    }
    return new Answer(response.statusCode(), node, response.body());
  }
}
