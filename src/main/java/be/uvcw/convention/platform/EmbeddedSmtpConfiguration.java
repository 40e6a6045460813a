package be.uvcw.convention.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo's SMTP server: mails really go through SMTP, are caught here, and staff read them in
 * the mail journal (GET /api/mails). A real deployment points spring.mail.* at the Union's server.
 * Demo and tests only: GreenMail is not in the packaged jar ({@link EmbeddedServersCheck}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedServersCheck.GREENMAIL)
@ConditionalOnProperty(name = "convention.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtpConfiguration {

  /**
   * With convention.embedded-smtp.imap-port (the demo: 3143), each recipient can also read their own
   * mailbox with a mail client (IMAP, login and password = the e-mail address): that is where a
   * new signatory finds their personal link, which the journal masks.
   */
  @Bean(initMethod = "start", destroyMethod = "stop")
  public GreenMail embeddedSmtpServer(@Value("${spring.mail.port}") int port,
      @Value("${convention.embedded-smtp.imap-port:0}") int imapPort) {
    ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    return imapPort > 0 ? new GreenMail(new ServerSetup[] {smtp, new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
        : new GreenMail(smtp);
  }
}
