package be.uvcw.convention.intrusion;

import static be.uvcw.convention.testsupport.Timers.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.integrity.TaskActor;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.LifecycleFixtures;
import be.uvcw.convention.testsupport.Timers;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** intrusion-report (art. 6.8): triage by the maintenance team, escalation to management when the deadline passes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntrusionReportProcessTest {

  @Autowired be.uvcw.convention.testsupport.FaultInjectingProvisioningPort server;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired LifecycleFixtures fixtures;
  @Autowired IntrusionReportService reports;
  @Autowired OutgoingMailRepository mails;

  private Convention convention;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    today(LocalDate.parse("2026-10-05"));
    convention = fixtures.activeConvention(LocalDate.parse("2026-03-15"));
  }

  @AfterEach
  void resetClockAndServer() {
    ClockUtil.reset();
    server.reset();
  }

  @Test
  void aHighSeverityReportNotTriagedWithinTwoDaysIsEscalatedToManagement() {
    IntrusionReport report = report("HIGH");
    ProcessInstance pi = instance(report);
    assertThat(pi).hasPassed("EnregistrerSignalement").isWaitingAt("TraiterSignalement");
    assertThat(task(pi)).hasCandidateGroup("maintenance");
    assertThat(pi.getTenantId()).isEqualTo(convention.getOrganisation().getTenantId());

    var deadline = Timers.timer(management, pi.getId(), "DelaiDeTraitementDepasse");
    assertThat(deadline.getDuedate().toInstant()).isEqualTo(report.getReportedAt().plus(Duration.ofDays(2)));
    Timers.fire(management, pi.getId(), deadline);
    assertThat(pi).hasPassed("EnregistrerEscalade").isWaitingAt("TraiterSignalement", "SuivreEscalade");
    assertThat(task("SuivreEscalade", pi)).hasCandidateGroup("union-management");
    assertThat(reports.report(report.getId()).getEscalatedAt()).isNotNull();

    complete(task("SuivreEscalade", pi), withVariables("followUpNote", "Équipe relancée"));
    complete(task("TraiterSignalement", pi), withVariables("severity", "HIGH",
        "actions", "Comptes réinitialisés par lien d'activation, IP bloquée", "closureNote", "Aucune donnée consultée"));
    Jobs.runAll(management, pi.getId());
    assertThat(pi).hasPassed("CloreSignalement").isEnded();
    IntrusionReport closed = reports.report(report.getId());
    assertThat(closed.getSeverity()).isEqualTo(IntrusionSeverity.HIGH);
    assertThat(closed.getClosedAt()).isNotNull();
    assertThat(mails.findByOrganisationIdOrderByCreatedAtDesc(convention.getOrganisation().getId()))
        .anySatisfy(m -> assertThat(m.getSubject()).startsWith("Votre signalement de tentative d'intrusion a été traité"));
  }

  @Test
  void aReportTriagedInTimeIsClosedWithoutEscalation() {
    IntrusionReport report = report("LOW");
    ProcessInstance pi = instance(report);
    assertThat(Timers.timer(management, pi.getId(), "DelaiDeTraitementDepasse").getDuedate().toInstant())
        .isEqualTo(report.getReportedAt().plus(Duration.ofDays(10)));
    String triage = task("TraiterSignalement", pi).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(triage, withVariables("severity", "LOW", "actions", " ")))
        .hasMessageContaining("Actions entreprises");
    assertThat(pi).isWaitingAt("TraiterSignalement");
    assertThat(reports.report(report.getId()).getClosedAt()).isNull();

    complete(task("TraiterSignalement", pi), withVariables("severity", "LOW", "actions", "Tentative bloquée par le pare-feu"));
    assertThat(pi).isWaitingAt("CloreSignalement");
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId("CloreSignalement").singleResult().getId());
    assertThat(pi).hasPassed("CloreSignalement").hasNotPassed("EnregistrerEscalade").isEnded();
    IntrusionReport closed = reports.report(report.getId());
    assertThat(closed.getEscalatedAt()).isNull();
    assertThat(closed.getClosedBy()).isEqualTo(TaskActor.APPLICATION);
  }

  private IntrusionReport report(String severity) {
    return reports.reportAndFollowUp(convention.getOrganisation().getId(), LocalDate.parse("2026-10-04"),
        "Tentatives de connexion répétées sur le compte admin du site", IntrusionSeverity.parse(severity), "pres-test");
  }

  private ProcessInstance instance(IntrusionReport report) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey("intrusion-report")
        .variableValueEquals("intrusionReportId", report.getId()).singleResult();
    Jobs.runAll(management, pi.getId());
    return pi;
  }
}
