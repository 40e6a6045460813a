package be.uvcw.convention.tooling.request;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.adaptation.AdaptationFixtures;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import org.assertj.core.api.Assertions;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of tool-request: approved (recorded asynchronously, then installed, also after a Server failure), refused
 * (an incomplete refusal keeps the task open), who decided, and a request that cannot start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ToolRequestProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AdaptationFixtures fixtures;
  @Autowired ToolRequestRepository requests;
  @Autowired ToolRequestProcess process;
  @Autowired ProvisioningService provisioning;
  @Autowired OutgoingMailRepository mails;
  @Autowired FaultInjectingProvisioningPort provisioningFaults;

  private AdaptationFixtures.User cpas;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    cpas = fixtures.activeCpasWithTools("site-web");
  }

  @AfterEach
  void healServer() {
    provisioningFaults.reset();
  }

  @Test
  void approvedThenInstalledWithItsGuideLink() {
    ProcessInstance pi = request("courrier");
    assertThat(pi).isWaitingAt("ExaminerDemandeOutil");
    Assertions.assertThat(pi.getBusinessKey())
        .isEqualTo("tool-request-" + requests.findByProcessInstanceId(pi.getId()).orElseThrow().getId());
    assertThat(task(pi)).hasCandidateGroup("union-staff");

    complete(task(pi), withVariables("toolRequestDecision", "APPROVE", "decisionReason", ""));
    assertThat(pi).isWaitingAt("EnregistrerDecisionOutil");
    managementService.executeJob(job(pi).getId());
    assertThat(pi).hasPassed("EnregistrerDecisionOutil").isWaitingAt("InstallerOutil");
    Assertions.assertThat(requests.findByProcessInstanceId(pi.getId()).orElseThrow().getStatus()).isEqualTo(ToolRequestStatus.APPROVED);
    Jobs.runAll(managementService, pi.getId());

    assertThat(pi).hasPassed("InstallerOutil", "EnregistrerInstallation", "NotifierInstallation", "OutilInstalle").isEnded();
    ToolRequest installed = requests.findByProcessInstanceId(pi.getId()).orElseThrow();
    Assertions.assertThat(installed.getStatus()).isEqualTo(ToolRequestStatus.INSTALLED);
    Assertions.assertThat(provisioning.spaceOf(cpas.id()).orElseThrow().installations())
        .anyMatch(i -> i.toolCode().equals("courrier") && i.version().equals(installed.getInstalledVersion()) && i.version().equals(i.catalogVersion()));
    Assertions.assertThat(mails.findByRecipientOrderByCreatedAtDesc(cpas.presidentEmail()))
        .anyMatch(m -> m.getSubject().startsWith("Outil installé") && m.getBody().contains("https://www.communesplone.be/outils-serveur/courrier/guide"));
  }

  @Test
  void aServerFailureIsRetriedThenTheToolIsInstalledOnce() {
    ProcessInstance pi = request("intranet");
    complete(task(pi), withVariables("toolRequestDecision", "APPROVE"));
    managementService.executeJob(job(pi).getId()); // « Enregistrer la décision »
    int callsBefore = provisioningFaults.calls("installTool");
    provisioningFaults.failNext("installTool", 1);
    Job install = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(Jobs.tryRun(managementService, install.getId())).isFalse();
    Assertions.assertThat(managementService.createJobQuery().jobId(install.getId()).singleResult().getRetries()).isEqualTo(4);
    // The retry is due ten minutes later (R5/PT10M): run it now, as the job executor would then.
    managementService.executeJob(install.getId());
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).isEnded();
    Assertions.assertThat(provisioningFaults.calls("installTool") - callsBefore).isEqualTo(2);
    Assertions.assertThat(requests.findByProcessInstanceId(pi.getId()).orElseThrow().getStatus()).isEqualTo(ToolRequestStatus.INSTALLED);
  }

  @Test
  void refusedWithTheReasonSentToTheUser() {
    ProcessInstance pi = request("aide-sociale");
    String review = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(review, withVariables("toolRequestDecision", "REFUSE", "decisionReason", "")))
        .hasRootCauseInstanceOf(be.uvcw.convention.error.BadInput.class).hasMessageContaining("motif");
    assertThat(pi).isWaitingAt("ExaminerDemandeOutil");
    Assertions.assertThat(requests.findByProcessInstanceId(pi.getId()).orElseThrow().getStatus()).isEqualTo(ToolRequestStatus.REQUESTED);
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "ExaminerDemandeOutilBy")).isNull();
    complete(task(pi), withVariables("toolRequestDecision", "REFUSE", "decisionReason", "Cet Outil est réservé aux CPAS de plus de 10 000 habitants."));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("NotifierRefusOutil", "DemandeOutilRefusee").hasNotPassed("InstallerOutil").isEnded();
    Assertions.assertThat(requests.findByProcessInstanceId(pi.getId()).orElseThrow().getStatus()).isEqualTo(ToolRequestStatus.REFUSED);
    Assertions.assertThat(mails.findByRecipientOrderByCreatedAtDesc(cpas.presidentEmail()))
        .anyMatch(m -> m.getSubject().startsWith("Demande d'Outil refusée") && m.getBody().contains("plus de 10 000 habitants"));
  }

  @Test
  void theDecisionNamesTheStaffMemberWhoCompletedTheGroupTaskWithoutClaimingIt() {
    ProcessInstance pi = request("urbanisme");
    String review = task(pi).getId();
    Assertions.assertThat(task(pi).getAssignee()).isNull();
    identityService.setAuthentication("agent-union", List.of("union-staff"), List.of(cpas.tenantId()));
    try {
      taskService().complete(review, withVariables("toolRequestDecision", "REFUSE", "decisionReason", "Pas pour cette commune."));
    } finally {
      identityService.clearAuthentication();
    }
    managementService.executeJob(job(pi).getId());
    assertThat(pi).hasPassed("EnregistrerDecisionOutil");
    ToolRequest refused = requests.findByProcessInstanceId(pi.getId()).orElseThrow();
    Assertions.assertThat(refused.getStatus()).isEqualTo(ToolRequestStatus.REFUSED);
    Assertions.assertThat(refused.getDecidedBy()).isEqualTo("agent-union");
  }

  @Test
  void aToolAlreadyInstalledOrAskedTwiceCannotBeRequested() {
    assertThatThrownBy(() -> request("site-web")).isInstanceOf(be.uvcw.convention.error.BadInput.class).hasMessageContaining("déjà installé");
    request("urbanisme");
    assertThatThrownBy(() -> request("urbanisme")).hasMessageContaining("uq_tool_request_one_open_per_organisation_and_tool");
  }

  private Job job(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
  }

  private ProcessInstance request(String toolCode) {
    String id = process.start(new ToolRequestProcess.Submission(cpas.tenantId(), cpas.id(), toolCode, "Pour le service social.",
        cpas.presidentUserId()));
    return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
