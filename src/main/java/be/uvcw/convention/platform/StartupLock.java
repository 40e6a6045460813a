package be.uvcw.convention.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serialises start-up seeding across nodes that share one PostgreSQL: a session-level advisory
 * lock, held on its own connection while the seeding runs (and commits) on others. A node that
 * starts while another seeds waits, then finds everything in place. The lock dies with its
 * session, so a node killed while seeding never blocks the others (docs/operations.md).
 */
public final class StartupLock {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  /** The keys of pg_advisory_lock; one per kind of seeding, so that they never wait for each other needlessly. */
  public enum Seeding {
    IDENTITY(732_001L), DEMO_DATA(732_002L);

    private final long key;

    Seeding(long key) {
      this.key = key;
    }
  }

  private StartupLock() {}

  public static void exclusively(DataSource dataSource, Seeding seeding, Runnable work) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      long waitingSince = System.nanoTime();
      statement.execute("select pg_advisory_lock(" + seeding.key + ")");
      log.debug("Start-up lock {} taken after {} ms", seeding, (System.nanoTime() - waitingSince) / 1_000_000);
      try {
        work.run();
      } finally {
        statement.execute("select pg_advisory_unlock(" + seeding.key + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Start-up lock " + seeding + " unavailable: " + e.getMessage(), e);
    }
  }
}
