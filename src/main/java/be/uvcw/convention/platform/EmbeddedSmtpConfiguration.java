package be.uvcw.convention.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo's SMTP server: mails really go through SMTP, are caught here, and staff read them in
 * the mail journal (GET /api/mails). A real deployment points spring.mail.* at the Union's server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "convention.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtpConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  public GreenMail embeddedSmtpServer(@Value("${spring.mail.port}") int port) {
    return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }
}
