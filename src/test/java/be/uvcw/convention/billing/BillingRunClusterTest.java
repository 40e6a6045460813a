package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.testsupport.Jobs;
import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The billing run on several nodes (docs/operations.md, "Several nodes"): the chunks of a phase are
 * non-exclusive jobs that run at the same time without colliding, their join is exclusive, and a
 * sending chunk executed twice at once (a job taken again after its lock expired) mails each
 * invoice once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BillingRunClusterTest {

  private static final LocalDate BILLING_DATE = LocalDate.of(2019, 7, 1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired GreenMail smtp;

  private BillingFixtures fixtures;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fixtures = BillingFixtures.onCleanTables(jdbc);
    ClockUtil.setCurrentTime(Date.from(BILLING_DATE.atTime(6, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant()));
  }

  @AfterEach
  void tearDown() {
    fixtures.retire();
    ClockUtil.reset();
  }

  private ProcessInstance startRun(int conventions, int chunkSize) {
    for (int i = 0; i < conventions; i++) {
      fixtures.conventionFor("COMMUNE", BILLING_DATE, LocalDate.of(2019, 12, 31));
    }
    return runtime.startProcessInstanceByKey("billing-run", withVariables("billingDate", BILLING_DATE.toString(), "chunkSize", chunkSize));
  }

  private List<Job> jobsAt(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list();
  }

  /** Runs those jobs from as many threads at once; returns how many succeeded. */
  private int runAtOnce(List<String> jobIds) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(jobIds.size());
    CyclicBarrier together = new CyclicBarrier(jobIds.size());
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (String jobId : jobIds) {
        runs.add(threads.submit(() -> {
          together.await();
          return Jobs.tryRun(management, jobId);
        }));
      }
      int succeeded = 0;
      for (Future<Boolean> run : runs) {
        succeeded += run.get() ? 1 : 0;
      }
      return succeeded;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theChunksOfARunRunAtTheSameTimeWithoutCollidingAndJoinOneAtATime() throws Exception {
    ProcessInstance pi = startRun(6, 2);
    List<Job> chunks = jobsAt(pi, "PreparerFacturesParLot");
    assertThat(chunks).hasSize(3).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isFalse());

    assertThat(runAtOnce(chunks.stream().map(Job::getId).toList())).as("chunks run together, none fails").isEqualTo(3);

    List<Job> joins = jobsAt(pi, "LotPrepare");
    assertThat(joins).hasSize(3).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isTrue());
    Jobs.runAll(management, pi.getId());
    assertThat(pi).isWaitingAt("VerifierFacturation");
    assertThat(jdbc.queryForObject("select count(*) from invoice where state = 'DRAFT'", Integer.class)).isEqualTo(6);
  }

  @Test
  void aSendingChunkExecutedTwiceAtOnceMailsEachInvoiceOnce() throws Exception {
    ProcessInstance pi = startRun(4, 4);
    Jobs.runAll(management, pi.getId());
    complete(task(pi), withVariables("decision", "APPROVE"));
    while (jobsAt(pi, "EnvoyerFacturesParLot").isEmpty()) {
      management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).executable().list().get(0).getId());
    }
    String sending = jobsAt(pi, "EnvoyerFacturesParLot").get(0).getId();

    assertThat(runAtOnce(List.of(sending, sending))).as("one execution wins, the other finds nothing to send").isEqualTo(1);

    List<String> recipients = jdbc.queryForList("select customer_email from invoice where state = 'SENT'", String.class);
    assertThat(recipients).hasSize(4);
    for (String recipient : recipients) {
      assertThat(smtp.getReceivedMessagesForDomain(recipient)).as("mails to %s", recipient).hasSize(1);
    }
    Jobs.runAll(management, pi.getId());
    assertThat(pi).isEnded();
  }
}
