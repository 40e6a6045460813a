package be.uvcw.convention.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's embedded PostgreSQL keeps its data in its folder across restarts, and a JVM killed
 * with kill -9 leaves no PostgreSQL behind: the watchdog stops it at once, and without the
 * watchdog the next start stops the orphan first. The killed JVM is a real child process.
 */
class DemoDatabaseTest {

  @TempDir Path home;

  @Test
  void theDataSurvivesARestartAndAResetEmptiesTheFolder() throws Exception {
    Path data = home.resolve("postgres");
    try (EmbeddedPostgres postgres = DemoDatabase.start(data)) {
      execute(postgres, "create table kept (name text); insert into kept values ('convention de Namur')");
    }
    try (EmbeddedPostgres postgres = DemoDatabase.start(data)) {
      assertThat(query(postgres, "select name from kept")).isEqualTo("convention de Namur");
    }
    DemoDatabase.delete(home);
    assertThat(home).doesNotExist();
  }

  @Test
  void aKilledJvmsPostgresIsStoppedByTheWatchdog() throws Exception {
    Path data = home.resolve("postgres");
    Process child = startChild(data, true);
    long postmaster = DemoDatabase.postmasterPid(data).orElseThrow();
    assertThat(ProcessHandle.of(postmaster)).isPresent();

    child.destroyForcibly().waitFor(); // kill -9
    assertThat(waitUntilGone(postmaster, Duration.ofSeconds(20))).as("postmaster %s stopped by the watchdog", postmaster).isTrue();
  }

  @Test
  void withoutTheWatchdogTheNextStartStopsTheOrphanAndKeepsTheData() throws Exception {
    Path data = home.resolve("postgres");
    Process child = startChild(data, false);
    long orphan = DemoDatabase.postmasterPid(data).orElseThrow();
    child.destroyForcibly().waitFor();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("an orphan is left").contains(true);

    try (EmbeddedPostgres postgres = DemoDatabase.start(data)) {
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(query(postgres, "select 'up'")).isEqualTo("up");
    }
  }

  private Process startChild(Path data, boolean watchdog) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DemoDatabaseChild.class.getName(),
        data.toString(), String.valueOf(watchdog)).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
    Instant deadline = Instant.now().plusSeconds(120);
    String line;
    while ((line = out.readLine()) != null && !line.contains("READY")) {
      assertThat(Instant.now()).as("child JVM ready").isBefore(deadline);
    }
    assertThat(line).as("the child JVM started PostgreSQL").isNotNull();
    assertThat(Files.exists(data.resolve("postmaster.pid"))).isTrue();
    return child;
  }

  private static boolean waitUntilGone(long pid, Duration within) throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
        return true;
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    return false;
  }

  private static void execute(EmbeddedPostgres postgres, String sql) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String query(EmbeddedPostgres postgres, String sql) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
