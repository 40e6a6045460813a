package be.uvcw.convention.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people open from their mails (activation links, Tasklist, ledgers):
 * {@code convention.public-url} when it is set (production: CONVENTION_PUBLIC_URL); otherwise the
 * address of the request being served, or, in a job, this server's own port on localhost (the
 * demo, whatever port it runs on). docs/operations.md.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

  private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

  private final String configured;
  private volatile String local = "http://localhost:8080";

  public PublicUrl(@Value("${convention.public-url:}") String configured) {
    this.configured = withoutTrailingSlash(configured == null ? "" : configured.trim());
  }

  /** The base, without a trailing slash: "https://convention.uvcw.be". */
  public String base() {
    if (!configured.isEmpty()) {
      return configured;
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
      return withoutTrailingSlash(ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).toUriString());
    }
    return local;
  }

  /** An absolute address for a path of this application ("/camunda/app/tasklist/"). */
  public String of(String path) {
    return base() + (path.startsWith("/") ? path : "/" + path);
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    local = "http://localhost:" + event.getWebServer().getPort();
    if (configured.isEmpty()) {
      log.warn("convention.public-url (CONVENTION_PUBLIC_URL) is not set: links in mails use the request's address, "
          + "or {} from jobs. Set it in production.", local);
    }
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
