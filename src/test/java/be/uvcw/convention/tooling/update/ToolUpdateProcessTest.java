package be.uvcw.convention.tooling.update;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import be.uvcw.convention.adaptation.AdaptationFixtures;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * tool-update on PostgreSQL and the (test) Server: every space updated; one space failing becomes an
 * incident while the others are updated, the interim report names it, and a retry after repair finishes.
 * Each test has its own Tool so that the rollout touches only its spaces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ToolUpdateProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired ManagementService managementService;
  @Autowired AdaptationFixtures fixtures;
  @Autowired ToolRepository tools;
  @Autowired ToolUpdateProcess process;
  @Autowired ProvisioningService provisioning;
  @Autowired FaultInjectingProvisioningPort provisioningFaults;

  private Tool tool;
  private List<AdaptationFixtures.User> users;

  @BeforeEach
  void threeSpacesWithTheTool() {
    BpmnAwareTests.init(processEngine);
    tool = fixtures.newTool("1.0.0");
    users = List.of(fixtures.activeCpasWithTools(tool.getCode()), fixtures.activeCpasWithTools(tool.getCode()),
        fixtures.activeCpasWithTools(tool.getCode()));
  }

  @AfterEach
  void reset() {
    provisioningFaults.reset();
    ClockUtil.reset();
  }

  @Test
  void everySpaceIsUpdatedAndTheTeamGetsTheReport() {
    ProcessInstance pi = publish("1.1.0");
    assertThat(pi).hasPassed("PublierVersion").isWaitingAt("MettreAJourEspace");
    Assertions.assertThat(pi.getBusinessKey()).isEqualTo("tool-update-" + tool.getCode() + "-1.1.0");
    Assertions.assertThat(tools.findByCode(tool.getCode()).orElseThrow().getCurrentVersion()).isEqualTo("1.1.0");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).messages().count()).isEqualTo(3);

    Jobs.runAll(managementService, pi.getId());

    assertThat(pi).hasPassed("EtablirRapport").isWaitingAt("ConsulterRapport");
    users.forEach(u -> Assertions.assertThat(versionIn(u)).isEqualTo("1.1.0"));
    String report = ToolUpdateVariables.ROLLOUT_REPORT.get(runtimeService(), pi.getId());
    Assertions.assertThat(report).contains("3 espace(s) à jour sur 3");
    users.forEach(u -> Assertions.assertThat(report).contains(u.organisation().getName() + " (" + u.tenantId() + ") : 1.1.0 — à jour"));
    complete(taskQuery().processInstanceId(pi.getId()).singleResult());
    assertThat(pi).hasPassed("DeploiementTermine").isEnded();
  }

  @Test
  void aFailingSpaceBecomesAnIncidentWhileTheOthersAreUpdated() {
    ProcessInstance pi = publish("2.0.0");
    AdaptationFixtures.User failing = users.get(1);
    Job failingJob = jobOfSpace(pi, failing);

    provisioningFaults.failNext("installTool", 3);
    for (int attempt = 0; attempt < 3; attempt++) {
      Assertions.assertThat(Jobs.tryRun(managementService, failingJob.getId())).isFalse();
    }
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isOne();
    Jobs.runAll(managementService, pi.getId());

    Assertions.assertThat(versionIn(users.get(0))).isEqualTo("2.0.0");
    Assertions.assertThat(versionIn(users.get(2))).isEqualTo("2.0.0");
    Assertions.assertThat(versionIn(failing)).isEqualTo("1.0.0");
    assertThat(pi).isWaitingAt("MettreAJourEspace");

    // Two hours later the rollout is still not complete: the team gets the interim report.
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(2)).plus(Duration.ofMinutes(1))));
    Jobs.runAll(managementService, pi.getId());
    Task interim = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("ConsulterRapportIntermediaire").singleResult();
    Assertions.assertThat(interim).isNotNull();
    Assertions.assertThat(taskQuery().taskId(interim.getId()).taskCandidateGroup("maintenance").count()).isOne();
    String interimReport = ToolUpdateVariables.ROLLOUT_REPORT.get(runtimeService(), pi.getId());
    Assertions.assertThat(interimReport).contains("2 espace(s) à jour sur 3")
        .contains(failing.organisation().getName() + " (" + failing.tenantId() + ") : 1.0.0 — PAS À JOUR");

    // The operator repairs the Server and retries the job from Cockpit (here: retries set back to 1).
    managementService.setJobRetries(failingJob.getId(), 1);
    managementService.executeJob(failingJob.getId());
    Jobs.runAll(managementService, pi.getId());
    Assertions.assertThat(versionIn(failing)).isEqualTo("2.0.0");
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    Task last = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("ConsulterRapport").singleResult();
    Assertions.assertThat(last).isNotNull();
    Assertions.assertThat(ToolUpdateVariables.ROLLOUT_REPORT.get(runtimeService(), pi.getId())).contains("3 espace(s) à jour sur 3");
    complete(interim);
    complete(last);
    assertThat(pi).hasPassed("RapportIntermediaireConsulte", "DeploiementTermine").isEnded();
  }

  @Test
  void theSameVersionCannotBePublishedTwice() {
    Assertions.assertThatThrownBy(() -> publish("1.0.0")).isInstanceOf(be.uvcw.convention.error.BadInput.class).hasMessageContaining("déjà en version");
  }

  private ProcessInstance publish(String version) {
    String id = process.start(new ToolUpdateProcess.Publication(tool.getCode(), version, "Corrections et améliorations.", null));
    return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private Job jobOfSpace(ProcessInstance pi, AdaptationFixtures.User user) {
    Long spaceId = provisioning.findSpace(user.id()).orElseThrow().getId();
    return managementService.createJobQuery().processInstanceId(pi.getId()).list().stream()
        .filter(job -> spaceId.equals(runtimeService().getVariableLocal(job.getExecutionId(), "spaceId")))
        .findFirst().orElseThrow();
  }

  private String versionIn(AdaptationFixtures.User user) {
    return provisioning.spaceOf(user.id()).orElseThrow().installations().stream()
        .filter(i -> i.toolCode().equals(tool.getCode())).findFirst().orElseThrow().version();
  }
}
