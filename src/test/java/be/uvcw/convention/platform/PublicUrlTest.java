package be.uvcw.convention.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where links in mails point: the configured public URL, else the request's address, else this server's port. */
class PublicUrlTest {

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void theConfiguredAddressWinsWithoutItsTrailingSlash() {
    PublicUrl url = new PublicUrl("https://convention.uvcw.be/");
    serving("http", "10.0.0.7", 8183);
    assertThat(url.of("/activation.html?jeton=1")).isEqualTo("https://convention.uvcw.be/activation.html?jeton=1");
  }

  @Test
  void unsetItIsTheAddressOfTheRequestBeingServed() {
    serving("http", "demo.local", 8183);
    assertThat(new PublicUrl("").base()).isEqualTo("http://demo.local:8183");
  }

  @Test
  void unsetAndOutsideARequestItIsThisServersOwnPort() {
    PublicUrl url = new PublicUrl(null);
    WebServer server = mock(WebServer.class);
    when(server.getPort()).thenReturn(8183);
    WebServerInitializedEvent started = mock(WebServerInitializedEvent.class);
    when(started.getWebServer()).thenReturn(server);
    url.onApplicationEvent(started);
    assertThat(url.base()).isEqualTo("http://localhost:8183");
  }

  private static void serving(String scheme, String host, int port) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/people/x/access-link");
    request.setScheme(scheme);
    request.setServerName(host);
    request.setServerPort(port);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }
}
