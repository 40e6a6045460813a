package be.uvcw.convention.platform;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.ConventionApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes started at the same moment on one empty database both come up (issue 9): Flyway,
 * the engine's deployment, identity (groups, administrator, authorizations, tenants, filters)
 * and the demo data are each set up once. Runs on its own database, `<test database>_two_nodes`,
 * dropped and created here, so that the shared test context's database is never touched.
 */
class TwoNodesStartTest {

  private static final String BASE_URL = env("CONVENTION_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = env("CONVENTION_TEST_DB_USER", "postgres");
  private static final String PASSWORD = env("CONVENTION_TEST_DB_PASSWORD", "");

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Test
  void twoNodesStartedAtOnceOnAnEmptyDatabaseBothComeUpAndSeedEverythingOnce() throws Exception {
    String database = BASE_URL.substring(BASE_URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_two_nodes";
    String url = BASE_URL.substring(0, BASE_URL.lastIndexOf('/') + 1) + database;
    try (Connection connection = DriverManager.getConnection(BASE_URL, USER, PASSWORD); Statement sql = connection.createStatement()) {
      sql.execute("drop database if exists " + database + " with (force)");
      sql.execute("create database " + database);
    }
    String spaces = Files.createTempDirectory("convention-two-nodes").toString();

    ExecutorService threads = Executors.newFixedThreadPool(2);
    // Real nodes are separate JVMs. Two Spring Boot applications initialising Logback at the same
    // instant in this one JVM race on its shared context (ConcurrentModificationException), so they
    // leave logging as the test JVM set it up.
    String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
    List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    try {
      for (String node : List.of("node-a", "node-b")) {
        starting.add(threads.submit(() -> {
          SpringApplicationBuilder application = new SpringApplicationBuilder(ConventionApplication.class)
              .profiles("test", "demo");
          // command-line arguments: they win over the profiles' files (the demo's would start an embedded database)
          String[] arguments = Map.ofEntries(
                  Map.entry("spring.datasource.url", url),
                  Map.entry("convention.database.clean-on-start", "false"),
                  Map.entry("convention.embedded-database.enabled", "false"),
                  Map.entry("convention.embedded-smtp.enabled", "false"),
                  Map.entry("convention.node-name", node),
                  Map.entry("convention.provisioning.root", spaces),
                  // two more engines in this JVM: their own names (no hyphen, or the starter ignores it), or
                  // closing them would unregister the shared test context's engine "default"
                  Map.entry("camunda.bpm.process-engine-name", node.replace("-", "")),
                  Map.entry("camunda.bpm.job-execution.enabled", "true"),
                  Map.entry("server.port", "0"),
                  Map.entry("spring.jmx.enabled", "false"))
              .entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
          together.await();
          return application.run(arguments);
        }));
      }
      for (Future<ConfigurableApplicationContext> node : starting) {
        nodes.add(node.get(5, TimeUnit.MINUTES));
      }

      int portA = ((WebServerApplicationContext) nodes.get(0)).getWebServer().getPort();
      int portB = ((WebServerApplicationContext) nodes.get(1)).getWebServer().getPort();
      assertThat(portA).isNotEqualTo(portB);
      for (int port : List.of(portA, portB)) {
        assertThat(get(port, "/api/mails", "admin:admin")).isEqualTo(200);
        assertThat(get(port, "/api/mails", "staff:staff")).isEqualTo(200);
      }

      assertThat(ProcessEngines.getProcessEngines()).containsKeys("nodea", "nodeb");
      JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, USER, PASSWORD));
      assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'admin'", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from act_id_membership where user_id_ = 'admin'", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from act_ru_filter", Integer.class))
          .isEqualTo(jdbc.queryForObject("select count(distinct name_) from act_ru_filter", Integer.class)).isPositive();
      assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isEqualTo(4);
      assertThat(jdbc.queryForObject("select count(*) from convention", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from act_id_tenant", Integer.class)).isEqualTo(4);
      assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'billing-run'", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class)).isZero();
    } finally {
      for (ConfigurableApplicationContext node : nodes) {
        node.close();
      }
      threads.shutdownNow();
      if (loggingSystem == null) {
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
      } else {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
      }
    }
  }

  private static int get(int port, String path, String credentials) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
