package be.uvcw.convention.billing;

import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.testsupport.Jobs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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

/** Every path of the BPMN `billing-run`: approved, rejected, a chunk failing then retried, the semi-annual timer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BillingRunProcessTest {

  private static final LocalDate BILLING_DATE = LocalDate.of(2019, 7, 1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  private BillingFixtures fixtures;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fixtures = BillingFixtures.onCleanTables(jdbc);
    ClockUtil.setCurrentTime(at(BILLING_DATE));
  }

  @AfterEach
  void tearDown() {
    BillingFixtures.healInvoices(jdbc);
    fixtures.retire();
    ClockUtil.reset();
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atTime(6, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant());
  }

  private ProcessInstance startRun(int conventions, int chunkSize) {
    for (int i = 0; i < conventions; i++) {
      fixtures.conventionFor("COMMUNE", LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31));
    }
    return runtime.startProcessInstanceByKey("billing-run",
        withVariables("billingDate", BILLING_DATE.toString(), "chunkSize", chunkSize));
  }

  private long runId(ProcessInstance pi) {
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("runId").singleResult().getValue();
  }

  private int invoicesOf(ProcessInstance pi, String state) {
    return jdbc.queryForObject("select count(*) from invoice where run_id = ? and state = ?", Integer.class, runId(pi), state);
  }

  @Test
  void approvedRunIssuesAndSendsEveryInvoice() {
    ProcessInstance pi = startRun(5, 2);
    assertThat(pi).isWaitingAt("PreparerFacturesParLot");
    assertThat(BillingRunVariables.CHUNK_COUNT.get(runtime, pi.getId())).isEqualTo(3);

    Jobs.runAll(management, pi.getId());
    assertThat(pi).isWaitingAt("VerifierFacturation");
    assertThat(task()).hasCandidateGroup("finance");
    assertThat(pi).variables().containsEntry("invoiceCount", 5).containsEntry("totalExclVat", "2460.00")
        .containsEntry("vatAmount", "516.60").containsEntry("totalInclVat", "2976.60").containsEntry("errorCount", 0);
    assertThat(assertFrenchStyle((String) runtime.getVariable(pi.getId(), "reviewSummary"))).contains("ledger.xlsx")
        .contains("Total HTVA : 2\u00A0460,00\u00A0€", "TVA 21\u00A0% : 516,60\u00A0€", "Total TVAC : 2\u00A0976,60\u00A0€");

    complete(task(), withVariables("decision", "APPROVE"));
    assertThat(pi).isWaitingAt("EnregistrerApprobation");
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId("EnregistrerApprobation")
        .singleResult().getId());
    assertThat(pi).hasPassed("EnregistrerApprobation");
    Jobs.runAll(management, pi.getId());

    assertThat(pi).hasPassed("EnregistrerApprobation", "EmettreFacturesParLot", "EnvoyerFacturesParLot", "CloturerFacturation")
        .isEnded();
    assertThat(pi).hasPassed("FacturesEnvoyees");
    assertThat(invoicesOf(pi, "SENT")).isEqualTo(5);
  }

  @Test
  void rejectedRunDiscardsTheDraftsAndFreesTheMonths() {
    ProcessInstance pi = startRun(3, 2);
    Jobs.runAll(management, pi.getId());
    assertThat(invoicesOf(pi, "DRAFT")).isEqualTo(3);

    assertThat(pi).isWaitingAt("VerifierFacturation");
    complete(task(pi), withVariables("decision", "REJECT", "rejectionReason", "Barème 2019 à revoir"));
    assertThat(pi).isWaitingAt("EcarterFacturesEnProjet");
    assertThat(invoicesOf(pi, "DRAFT")).isEqualTo(3);
    Jobs.runAll(management, pi.getId());

    assertThat(pi).hasPassed("EcarterFacturesEnProjet").hasNotPassed("EmettreFacturesParLot").isEnded();
    assertThat(pi).hasPassed("FacturationRejetee");
    assertThat(invoicesOf(pi, "DRAFT")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from billed_month where convention_id = any(?)", Integer.class,
        (Object) fixtures.conventions().toArray(Long[]::new))).isZero();
    assertThat(jdbc.queryForObject("select state || ':' || rejection_reason from billing_run where id = ?", String.class,
        runId(pi))).isEqualTo("REJECTED:Barème 2019 à revoir");
  }

  @Test
  void aFailingChunkIsRetriedThenBecomesAnIncidentWithoutLosingTheOthers() {
    ProcessInstance pi = startRun(5, 2);
    long broken = fixtures.conventions().get(4); // alone in the third chunk
    BillingFixtures.breakInvoicesOf(jdbc, broken);

    List<Job> chunkJobs = management.createJobQuery().processInstanceId(pi.getId()).activityId("PreparerFacturesParLot").list();
    assertThat(chunkJobs).hasSize(3);
    Job failing = null;
    for (Job job : chunkJobs) {
      if (!Jobs.tryRun(management, job.getId())) {
        failing = job;
      }
    }
    assertThat(failing).isNotNull();
    // retried by the engine (R5): it keeps failing until its retries are spent, then an incident
    for (int attempt = 0; attempt < 10 && management.createJobQuery().jobId(failing.getId()).singleResult().getRetries() > 0; attempt++) {
      Jobs.tryRun(management, failing.getId());
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(invoicesOf(pi, "DRAFT")).isEqualTo(4);
    assertThat(pi).isWaitingAt("PreparerFacturesParLot");

    // the operator repairs the cause and gives the job one more retry (Cockpit)
    BillingFixtures.healInvoices(jdbc);
    management.setJobRetries(failing.getId(), 1);
    management.executeJob(failing.getId());
    Jobs.runAll(management, pi.getId());

    assertThat(pi).isWaitingAt("VerifierFacturation");
    assertThat(invoicesOf(pi, "DRAFT")).isEqualTo(5);
    assertThat(jdbc.queryForObject("select count(*) from billed_month where convention_id = any(?)", Integer.class,
        (Object) fixtures.conventions().toArray(Long[]::new))).isEqualTo(5 * 6);
  }

  @Test
  void theSemiAnnualTimerStartsARunForToday() {
    fixtures.conventionFor("COMMUNE", LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31));
    Job timer = management.createJobQuery().processDefinitionKey("billing-run-schedule").timers().singleResult();
    assertThat(timer).isNotNull();
    var due = timer.getDuedate().toInstant().atZone(ZoneId.of("Europe/Brussels"));
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getMonthValue()).isIn(1, 7);
    assertThat(due.getHour()).isEqualTo(6);

    management.executeJob(timer.getId());

    ProcessInstance schedule = runtime.createProcessInstanceQuery().processDefinitionKey("billing-run-schedule").active().list()
        .stream().reduce((a, b) -> b).orElseThrow();
    assertThat(schedule).isWaitingAt("FacturerLeSemestre");
    ProcessInstance run = runtime.createProcessInstanceQuery().superProcessInstanceId(schedule.getId()).singleResult();
    assertThat(run).isWaitingAt("PreparerFacturesParLot");
    assertThat(runtime.getVariable(run.getId(), "billingDate")).isEqualTo(BILLING_DATE.toString());
    assertThat(BillingRunVariables.CONVENTION_COUNT.get(runtime, run.getId())).isEqualTo(1);
    // Business keys in the one style: the timer's instance by its day, the run by its billing date.
    assertThat(schedule.getBusinessKey()).matches("billing-run-schedule-\\d{4}-\\d{2}-\\d{2}");
    assertThat(run.getBusinessKey()).isEqualTo("billing-run-" + BILLING_DATE);

    Jobs.runAll(management, run.getId());
    complete(task(run), withVariables("decision", "REJECT", "rejectionReason", "Essai du minuteur"));
    Jobs.runAll(management, run.getId());
    assertThat(schedule).hasPassed("FacturerLeSemestre").isEnded();
  }
}
