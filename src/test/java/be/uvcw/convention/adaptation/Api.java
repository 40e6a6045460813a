package be.uvcw.convention.adaptation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the /api endpoints, signing in with HTTP Basic as a test account. */
public record Api(int port, ObjectMapper json) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public record Answer(int status, JsonNode body) {}

  public Answer get(String path, String userId) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), userId);
  }

  public Answer post(String path, String userId, Object body) {
    try {
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), userId);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public Answer delete(String path, String userId) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), userId);
  }

  private Answer send(HttpRequest.Builder request, String userId) {
    if (userId != null) {
      String credentials = userId + ":" + AdaptationFixtures.PASSWORD;
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body().isBlank() ? null : json.readTree(response.body()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
