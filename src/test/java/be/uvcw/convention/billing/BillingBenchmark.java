package be.uvcw.convention.billing;

import be.uvcw.convention.ConventionApplication;
import com.icegreen.greenmail.util.GreenMail;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (its name does not end in Test, so `./mvnw verify` skips it). One JVM, the
 * real job executor, PostgreSQL: for each N, a billing run over N conventions (drafts, review
 * approved at once, numbers, PDF + UBL, one e-mail each) and the bare engine running one no-op
 * async job per convention. Run it (docs/billing.md):
 *
 * <pre>
 * createdb -h 127.0.0.1 -U postgres test_billing_bench   # once
 * CONVENTION_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/test_billing_bench \
 *   ./mvnw -B test -Dtest=BillingBenchmark -Dbenchmark.sizes=1000,10000
 * </pre>
 */
class BillingBenchmark {

  @Test
  void run() throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone(ConventionApplication.ZONE));
    int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "1000,10000").split(",")).mapToInt(Integer::parseInt).toArray();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConventionApplication.class)
        .profiles("test")
        // command-line arguments: they override the test profile (default properties would not)
        .run("--camunda.bpm.job-execution.enabled=true",
            // the production outbox: sending threads woken after each commit, and the sweep
            "--convention.mail.outbox.after-commit=async", "--convention.mail.outbox.poller=true",
            "--spring.mail.port=" + System.getProperty("benchmark.smtp-port", "3944"),
            "--server.port=0",
            "--logging.level.root=warn")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      GreenMail smtp = app.getBean(GreenMail.class);
      engine.getRepositoryService().createDeployment().name("benchmark")
          .addModelInstance("bench-noop.bpmn", Bpmn.createExecutableProcess("bench-noop").camundaHistoryTimeToLive(1)
              .startEvent().serviceTask("NoOp").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
          .deploy();


      // warm-up (JIT, pools, fonts): not measured
      bare(engine, 300);
      billing(engine, jdbc, smtp, 100);

      StringBuilder report = new StringBuilder("\nBENCHMARK (cores: " + Runtime.getRuntime().availableProcessors()
          + ", max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)\n");
      double[] billingSeconds = new double[sizes.length];
      for (int i = 0; i < sizes.length; i++) {
        int n = sizes[i];
        resetPeaks();
        double bareSeconds = bare(engine, n);
        long barePeak = peakHeapMiB();
        resetPeaks();
        double[] phases = billing(engine, jdbc, smtp, n);
        billingSeconds[i] = phases[0];
        report.append(String.format("N=%d  bare engine: %.1f s (%.0f jobs/s, peak heap %d MiB)  billing run: %.1f s"
                + " (build %.1f s, review->sent %.1f s) = %.1f invoices/s, ratio to bare engine %.2f, peak heap %d MiB%n",
            n, bareSeconds, n / bareSeconds, barePeak, phases[0], phases[1], phases[2], n / phases[0], phases[0] / bareSeconds,
            peakHeapMiB()));
        System.out.println(report);
      }
      if (sizes.length >= 2) {
        report.append(String.format("cost of N=%d / N=%d: %.2f%n", sizes[sizes.length - 1], sizes[0],
            billingSeconds[sizes.length - 1] / billingSeconds[0]));
      }
      System.out.println(report);
    } finally {
      ClockUtil.reset();
    }
  }

  private static long nextBase = 10_000_000L;

  /** Sequential valid enterprise numbers: random ones collide among thousands. */
  private static String nextEnterpriseNumber() {
    long base = nextBase++;
    return String.format("%08d%02d", base, 97 - (base % 97));
  }

  /** N instances of start -> async no-op -> end, until every job has run. */
  private static double bare(ProcessEngine engine, int n) throws InterruptedException {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("bench-noop");
    }
    while (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("bench-noop").count() > 0) {
      Thread.sleep(50);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** N conventions, a billing run approved as soon as it is ready; returns total, build and issue+send seconds. */
  private static double[] billing(ProcessEngine engine, JdbcTemplate jdbc, GreenMail smtp, int n) throws Exception {
    BillingFixtures.cleanBillingTables(jdbc);
    jdbc.update("update convention set status = 'CANCELLED' where status = 'ACTIVE'");
    BillingFixtures fixtures = new BillingFixtures(jdbc, BillingBenchmark::nextEnterpriseNumber);
    long municipality = 0;
    for (int i = 0; i < n; i++) {
      // a third are CPAS whose commune is also billed (50% reduction), the others communes
      if (i % 3 == 2) {
        fixtures.convention(fixtures.organisation(municipality, "CPAS"), LocalDate.of(2021, 1, 1), null);
      } else {
        municipality = fixtures.municipality();
        fixtures.convention(fixtures.organisation(municipality, "COMMUNE"), LocalDate.of(2021, 1, 1), null);
      }
    }
    long start = System.nanoTime();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("billing-run",
        Map.of("billingDate", "2021-07-01"));
    var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId());
    while (task.count() == 0) {
      Thread.sleep(50);
      smtp.purgeEmailFromAllMailboxes();
    }
    long built = System.nanoTime();
    engine.getTaskService().complete(task.singleResult().getId(), Map.of("decision", "APPROVE"));
    // the run ends when its last chunk is queued; the invoices are SENT when the outbox has delivered them
    while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0
        || jdbc.queryForObject("select count(*) from invoice where state = 'ISSUED'", Integer.class) > 0) {
      Thread.sleep(50);
      smtp.purgeEmailFromAllMailboxes();
    }
    long end = System.nanoTime();
    Integer sent = jdbc.queryForObject("select count(*) from invoice where state = 'SENT'", Integer.class);
    if (sent != n) {
      throw new IllegalStateException("Expected " + n + " invoices sent, got " + sent);
    }
    fixtures.retire();
    return new double[] {(end - start) / 1e9, (built - start) / 1e9, (end - built) / 1e9};
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMiB() {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }
}
