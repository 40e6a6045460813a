package be.uvcw.convention.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The delegates as a process uses them (asynchronous, retried, incident at the end): a small model
 * deployed by the test, since the onboarding process that calls them lives in another capability.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProvisioningDelegatesTest {

  private static final String PROCESS = "provisioningDelegatesTest";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ProvisioningFixtures fixtures;
  @Autowired FaultInjectingProvisioningPort server;
  @Autowired JdbcTemplate jdbc;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    BpmnAwareTests.init(engine);
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(180)
        .startEvent("Demarrer")
        .serviceTask("CreerEspace").name("Créer l'espace sécurisé")
          .camundaDelegateExpression("${createSecureSpace}").camundaAsyncBefore()
          .camundaFailedJobRetryTimeCycle("R3/PT10M")
        .serviceTask("InstallerOutil").name("Installer l'outil")
          .camundaDelegateExpression("${installTool}")
          .multiInstance().camundaCollection("${toolCodes}").camundaElementVariable("toolCode")
          .camundaAsyncBefore().multiInstanceDone()
        .endEvent("EspacePret")
        .done();
    deploymentId = engine.getRepositoryService().createDeployment()
        .addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    server.reset();
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void createsTheSpaceAndInstallsEachRequestedTool() {
    Organisation cpas = fixtures.newCpas();

    ProcessInstance pi = start(cpas, List.of("deliberations", "courrier"));
    assertThat(pi).isWaitingAt("CreerEspace");
    Jobs.runAll(management, pi.getId());

    assertThat(pi).hasPassed("CreerEspace", "InstallerOutil").isEnded()
        .variables().containsEntry("spaceLocation", cpas.getTenantId());
    assertThat(installedTools(cpas)).containsExactly("courrier", "deliberations");
  }

  @Test
  void aServerDownIsRetriedThenAnIncidentThenResumedWithOneSpace() {
    Organisation cpas = fixtures.newCpas();
    server.failNext("createSpace", 100);
    ProcessInstance pi = start(cpas, List.of("site-web"));

    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(Jobs.tryRun(management, job.getId())).isFalse();
    }

    Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("CreerEspace");
    assertThat(incident.getIncidentMessage()).startsWith("Panne simulée du Serveur (createSpace)");
    assertThat(server.calls("createSpace")).isEqualTo(3);

    server.reset(); // the Server is back: an operator retries the job from Cockpit
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId()); // due in 10 minutes by the retry cycle: run it now, as Cockpit does
    Jobs.runAll(management, pi.getId());

    assertThat(pi).isEnded();
    assertThat(jdbc.queryForObject("select count(*) from secure_space where organisation_id = ?", Integer.class,
        cpas.getId())).isEqualTo(1);
    assertThat(installedTools(cpas)).containsExactly("site-web");
  }

  @Test
  void anInstallationWhoseAnswerWasLostIsRepeatedWithoutDuplicate() {
    Organisation cpas = fixtures.newCpas();
    server.failAfterNext("installTool", 1);
    ProcessInstance pi = start(cpas, List.of("urbanisme"));

    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
    assertThat(pi).isWaitingAt("InstallerOutil");
    Job install = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(Jobs.tryRun(management, install.getId())).isFalse(); // installed, but the answer was lost
    assertThat(management.createJobQuery().jobId(install.getId()).singleResult().getExceptionMessage())
        .contains("réponse perdue");
    management.executeJob(install.getId()); // the engine's retry

    assertThat(pi).isEnded();
    assertThat(server.calls("installTool")).isEqualTo(2);
    assertThat(installedTools(cpas)).containsExactly("urbanisme");
  }

  private ProcessInstance start(Organisation organisation, List<String> toolCodes) {
    return runtime.startProcessInstanceByKey(PROCESS, withVariables(
        "organisationId", organisation.getId(), "tenantId", organisation.getTenantId(), "toolCodes", toolCodes));
  }

  private List<String> installedTools(Organisation organisation) {
    return jdbc.queryForList("""
        select t.code from tool_installation i
          join secure_space s on s.id = i.space_id join tool t on t.id = i.tool_id
         where s.organisation_id = ? and i.state = 'INSTALLED' order by t.code""", String.class, organisation.getId());
  }
}
