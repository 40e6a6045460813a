package be.uvcw.convention.quota;

import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.LifecycleFixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * quota-check (art. 6.3), fired by its nightly timer: crossing 90% of 3 GiB warns once per crossing
 * (dropping below resets it), going over 100% starts one quota-exceedance process (the maintenance
 * team's task) per crossing, and the nightly instance ends. The space's
 * bytes are real (sparse) files measured by the filesystem adapter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuotaCheckProcessTest {

  private static final long QUOTA = SecureSpace.QUOTA_BYTES;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired LifecycleFixtures fixtures;
  @Autowired SecureSpaceRepository spaces;
  @Autowired SpaceQuotaStateRepository states;
  @Autowired QuotaExceedanceRepository exceedances;
  @Autowired OutgoingMailRepository mails;
  @Autowired FaultInjectingProvisioningPort server;

  private Convention convention;
  private SecureSpace space;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    convention = fixtures.activeConvention(LocalDate.parse("2026-03-15"));
    space = spaces.findByOrganisationId(convention.getOrganisation().getId()).orElseThrow();
  }

  /** Leaves no exceedance waiting for the next test, so the next crossing opens its own. */
  @AfterEach
  void emptySpace() throws IOException {
    fill(0);
    server.reset();
    runtime.createProcessInstanceQuery().processDefinitionKey("quota-exceedance").variableValueEquals("spaceId", space.getId()).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test"));
  }

  @Test
  void warnsOncePerCrossingOf90PercentAndStartsOneExceedanceOver100Percent() throws IOException {
    fill(QUOTA * 95 / 100);
    nightlyCheck();
    assertThat(warnings()).isEqualTo(2); // the User: its President and its billing address
    assertThat(unionWarnings()).isEqualTo(1);
    assertThat(states.findById(space.getId()).orElseThrow().isAboveWarning()).isTrue();

    nightlyCheck();
    assertThat(warnings()).as("still above 90%%: no second warning").isEqualTo(2);

    fill(QUOTA / 2);
    nightlyCheck();
    assertThat(warnings()).isEqualTo(2);
    assertThat(states.findById(space.getId()).orElseThrow().isAboveWarning()).as("dropping below resets").isFalse();

    fill(QUOTA * 92 / 100);
    nightlyCheck();
    assertThat(warnings()).as("a new crossing warns again").isEqualTo(4);
    assertThat(overQuotaTasks()).isEmpty();

    fill(QUOTA + QUOTA / 20);
    nightlyCheck();
    assertThat(warnings()).as("already above 90%%").isEqualTo(4);
    List<Task> over = overQuotaTasks();
    assertThat(over).hasSize(1);
    assertThat(assertFrenchStyle(tasks.getVariable(over.get(0).getId(), "spaceDescription").toString()))
        .contains(convention.getOrganisation().getName(), "3,15\u00A0Go (105\u00A0%) utilisés sur 3 Go");
    assertThat(spaces.findById(space.getId()).orElseThrow().getUsedBytes()).as("measured and recorded").isGreaterThanOrEqualTo(QUOTA + QUOTA / 20);

    nightlyCheck();
    assertThat(overQuotaTasks()).as("one exceedance per crossing").hasSize(1);
  }

  @Test
  void anExceedanceIsItsOwnProcessForTheOrganisationAndTheNightlyCheckEnds() throws IOException {
    fill(QUOTA + QUOTA / 10);
    ProcessInstance check = nightlyCheck();
    BpmnAwareTests.assertThat(check).hasPassed("MesurerEspace", "DepassementSignale").isEnded();

    ProcessInstance exceedance = exceedanceOfThisSpace();
    QuotaExceedance opened = exceedances.findBySpaceIdAndHandledAtIsNull(space.getId()).orElseThrow();
    assertThat(exceedance.getBusinessKey()).isEqualTo("quota-exceedance-" + opened.getId());
    assertThat(exceedance.getTenantId()).isEqualTo(convention.getOrganisation().getTenantId());
    BpmnAwareTests.assertThat(exceedance).isWaitingAt("LibererEspace");
    BpmnAwareTests.assertThat(BpmnAwareTests.task(exceedance)).hasCandidateGroup("maintenance");
    assertThat(BpmnAwareTests.task(exceedance).getName()).as("named after the organisation in Tasklist")
        .endsWith(convention.getOrganisation().getName());

    String taskId = BpmnAwareTests.task(exceedance).getId();
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("actionsTaken", " ")))
        .satisfies(thrown -> assertThat(Refusal.of(thrown)).isNotNull().extracting(Refusal::status).isEqualTo(400));
    BpmnAwareTests.assertThat(exceedance).isWaitingAt("LibererEspace");

    tasks.claim(taskId, "equipe-maintenance");
    tasks.complete(taskId, Map.of("actionsTaken", "Historique Plone compacté, Utilisateur contacté."));
    BpmnAwareTests.assertThat(exceedance).as("recorded asynchronously").isWaitingAt("EnregistrerTraitement");
    Jobs.runAll(management, exceedance.getId());
    BpmnAwareTests.assertThat(exceedance).hasPassed("EnregistrerTraitement", "DepassementTraite").isEnded();
    QuotaExceedance handled = exceedances.findById(opened.getId()).orElseThrow();
    assertThat(handled.getActionsTaken()).isEqualTo("Historique Plone compacté, Utilisateur contacté.");
    assertThat(handled.getHandledBy()).isEqualTo("equipe-maintenance");

    fill(QUOTA / 2);
    nightlyCheck();
    fill(QUOTA + 1);
    nightlyCheck();
    assertThat(exceedances.findBySpaceIdOrderById(space.getId())).as("a new crossing, a new exceedance").hasSize(2);
    assertThat(overQuotaTasks()).hasSize(1);
  }

  private ProcessInstance exceedanceOfThisSpace() {
    List<ProcessInstance> mine = runtime.createProcessInstanceQuery().processDefinitionKey("quota-exceedance")
        .variableValueEquals("spaceId", space.getId()).list();
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  /** Fires the timer start event as the job executor would at 3:00, then runs the instance it started. */
  private ProcessInstance nightlyCheck() {
    Set<String> before = new HashSet<>(ids(runtime.createProcessInstanceQuery().processDefinitionKey("quota-check").list()));
    Job start = management.createJobQuery().processDefinitionKey("quota-check").timers().singleResult();
    management.executeJob(start.getId());
    List<ProcessInstance> started = runtime.createProcessInstanceQuery().processDefinitionKey("quota-check").list().stream()
        .filter(pi -> !before.contains(pi.getId())).toList();
    assertThat(started).hasSize(1);
    runJobsTolerantly(started.get(0).getId());
    return started.get(0);
  }

  /** Other tests' spaces are measured too: a failure there must not stop this test (it is retried later). */
  private void runJobsTolerantly(String processInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> Jobs.tryRun(management, job.getId()));
    }
  }

  private List<Task> overQuotaTasks() {
    return tasks.createTaskQuery().processDefinitionKey("quota-exceedance").taskDefinitionKey("LibererEspace").list().stream()
        .filter(t -> space.getId().equals(((Number) tasks.getVariable(t.getId(), "spaceId")).longValue()))
        .toList();
  }

  private long warnings() {
    return mails.findByOrganisationIdOrderByCreatedAtDesc(convention.getOrganisation().getId()).stream()
        .filter(m -> m.getSubject().startsWith("Votre espace de stockage est presque plein")).count();
  }

  private long unionWarnings() {
    return mails.findByOrganisationIdOrderByCreatedAtDesc(convention.getOrganisation().getId()).stream()
        .filter(m -> m.getSubject().startsWith("Quota de stockage à 90\u00A0%")).count();
  }

  private void fill(long bytes) throws IOException {
    Path data = server.real().root().resolve(space.getLocation()).resolve("data");
    Files.createDirectories(data);
    try (RandomAccessFile file = new RandomAccessFile(data.resolve("depot.bin").toFile(), "rw")) {
      file.setLength(bytes); // sparse: measured by size, costs no disk
    }
  }

  private static List<String> ids(List<ProcessInstance> instances) {
    return instances.stream().map(ProcessInstance::getId).toList();
  }
}
