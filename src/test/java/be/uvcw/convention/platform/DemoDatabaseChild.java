package be.uvcw.convention.platform;

import java.nio.file.Path;

/** A JVM that starts the demo's database and waits to be killed (DemoDatabaseTest). Args: folder, watchdog (true/false). */
public final class DemoDatabaseChild {

  private DemoDatabaseChild() {}

  public static void main(String[] args) throws Exception {
    DemoDatabase.start(Path.of(args[0]), Boolean.parseBoolean(args[1]));
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
