package be.uvcw.convention.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo's database: a real PostgreSQL started inside the JVM, so that a newcomer needs no
 * database server. Its data lives as long as the application (see docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "convention.embedded-database.enabled", havingValue = "true")
public class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  public EmbeddedPostgres embeddedPostgres() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    log.info("Base de données PostgreSQL embarquée démarrée sur le port {}", postgres.getPort());
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
