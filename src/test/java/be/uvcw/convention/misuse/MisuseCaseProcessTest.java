package be.uvcw.convention.misuse;

import static be.uvcw.convention.testsupport.Timers.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.provisioning.ProvisioningPort.SpaceAccess;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.SpaceState;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.LifecycleFixtures;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** misuse-case (art. 6.11): warning, suspension (space inaccessible, convention still active), judicial report, lifting, closure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MisuseCaseProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired LifecycleFixtures fixtures;
  @Autowired MisuseCaseService cases;
  @Autowired MisuseCaseEventRepository events;
  @Autowired ConventionRepository conventions;
  @Autowired SecureSpaceRepository spaces;
  @Autowired OutgoingMailRepository mails;
  @Autowired FaultInjectingProvisioningPort server;

  private Convention convention;
  private MisuseCase misuseCase;
  private ProcessInstance pi;

  @BeforeEach
  void openCase() {
    BpmnAwareTests.init(engine);
    today(LocalDate.parse("2026-09-10"));
    convention = fixtures.activeConvention(LocalDate.parse("2026-03-15"));
    misuseCase = cases.openAndFollowUp(convention.getId(), "Hébergement de fichiers sans rapport avec la mission (12 Go de vidéos).", "agent-uvcw");
    pi = runtime.createProcessInstanceQuery().processDefinitionKey("misuse-case")
        .variableValueEquals("conventionId", convention.getId()).singleResult();
    Jobs.runAll(management, pi.getId());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    server.reset();
  }

  @Test
  void warnsThenSuspendsReportsLiftsAndCloses() {
    assertThat(pi).hasPassed("OuvrirDossier", "EnvoyerAvertissement").isWaitingAt("DeciderMesures");
    assertThat(task(pi)).hasCandidateGroup("union-management");
    assertThat(mails.findByOrganisationIdOrderByCreatedAtDesc(convention.getOrganisation().getId()))
        .anySatisfy(m -> assertThat(m.getSubject()).startsWith("Avertissement : usage abusif"));

    decide("SUSPENDRE", withVariables("note", "Faits graves"));
    assertThat(pi).hasPassed("SuspendreAcces").isWaitingAt("DeciderMesuresSuspension");
    assertThat(cases.misuseCase(misuseCase.getId()).isSuspended()).isTrue();
    assertThat(space().getState()).isEqualTo(SpaceState.SUSPENDED);
    assertThat(server.accessOf(space().getLocation())).isEqualTo(SpaceAccess.SUSPENDED);
    // Suspension does not stop the convention (nor its billing, which reads the status).
    assertThat(conventions.findById(convention.getId()).orElseThrow().getStatus()).isEqualTo(ConventionStatus.ACTIVE);

    decide("SIGNALER", withVariables("judicialReportDate", "2026-09-10", "judicialReference", "PV NA.12.34.5678/26"));
    assertThat(pi).hasPassed("SignalerAuxAutorites").isWaitingAt("DeciderMesuresSuspension");
    MisuseCase reported = cases.misuseCase(misuseCase.getId());
    assertThat(reported.getJudicialReportDate()).isEqualTo(LocalDate.parse("2026-09-10"));
    assertThat(reported.getJudicialReference()).isEqualTo("PV NA.12.34.5678/26");

    decide("LEVER", withVariables("note", "Fichiers retirés"));
    assertThat(pi).hasPassed("LeverSuspension").isWaitingAt("DeciderMesures");
    assertThat(space().getState()).isEqualTo(SpaceState.ACTIVE);
    assertThat(server.accessOf(space().getLocation())).isEqualTo(SpaceAccess.OPEN);

    decide("CLORE", withVariables("note", "Dossier clos"));
    assertThat(pi).hasPassed("CloreDossier").isEnded();
    assertThat(cases.misuseCase(misuseCase.getId()).getState()).isEqualTo(MisuseCase.State.CLOSED);
    assertThat(events.findByMisuseCaseIdOrderById(misuseCase.getId())).extracting(MisuseCaseEvent::getType).containsExactly(
        MisuseCaseEvent.Type.OPENED, MisuseCaseEvent.Type.WARNED, MisuseCaseEvent.Type.SUSPENDED,
        MisuseCaseEvent.Type.REPORTED, MisuseCaseEvent.Type.LIFTED, MisuseCaseEvent.Type.CLOSED);
    assertThat(events.findByMisuseCaseIdOrderById(misuseCase.getId())).filteredOn(e -> e.getType() == MisuseCaseEvent.Type.SUSPENDED)
        .extracting(MisuseCaseEvent::getActor).containsExactly("direction-test");
  }

  @Test
  void closingASuspendedCaseRestoresAccess() {
    decide("SUSPENDRE", new java.util.HashMap<>());
    decide("CLORE", new java.util.HashMap<>());
    assertThat(pi).isEnded();
    assertThat(space().getState()).isEqualTo(SpaceState.ACTIVE);
    assertThat(server.accessOf(space().getLocation())).isEqualTo(SpaceAccess.OPEN);
  }

  @Test
  void aJudicialReportWithoutReferenceIsRefusedAndTheTaskStaysOpen() {
    var decision = task(pi);
    tasks.claim(decision.getId(), "direction-test");
    assertThatThrownBy(() -> tasks.complete(decision.getId(), withVariables("decision", "SIGNALER", "judicialReportDate", "2026-09-10")))
        .satisfies(refused("référence du signalement"));
    assertThat(pi).isWaitingAt("DeciderMesures");
    assertThat(events.findByMisuseCaseIdOrderById(misuseCase.getId())).extracting(MisuseCaseEvent::getType)
        .doesNotContain(MisuseCaseEvent.Type.REPORTED);
  }

  @Test
  void liftingIsOfferedOnlyWhileAccessIsSuspended() {
    assertThat(pi).isWaitingAt("DeciderMesures");
    var decision = task(pi);
    tasks.claim(decision.getId(), "direction-test");
    assertThatThrownBy(() -> tasks.complete(decision.getId(), withVariables("decision", "LEVER")))
        .satisfies(refused("rien à lever"));
    assertThat(pi).isWaitingAt("DeciderMesures");

    decide("SUSPENDRE", new java.util.HashMap<>());
    assertThat(pi).isWaitingAt("DeciderMesuresSuspension");
    var suspended = task(pi);
    tasks.claim(suspended.getId(), "direction-test");
    assertThatThrownBy(() -> tasks.complete(suspended.getId(), withVariables("decision", "SUSPENDRE")))
        .satisfies(refused("déjà suspendu"));

    decide("LEVER", new java.util.HashMap<>());
    assertThat(pi).hasPassed("LeverSuspension").isWaitingAt("DeciderMesures");
    assertThat(runtime.getVariable(pi.getId(), "suspended")).isEqualTo(false);
  }

  /** A French 400 thrown by the decision task's complete listener, as the engine wraps it. */
  private static java.util.function.Consumer<Throwable> refused(String message) {
    return thrown -> {
      Refusal refusal = Refusal.of(thrown);
      assertThat(refusal).isNotNull();
      assertThat(refusal.status()).isEqualTo(400);
      assertThat(refusal.getMessage()).contains(message);
    };
  }

  @Test
  void aSuspensionTheServerRefusesIsRetriedAndLeavesTheDecisionDone() {
    server.failNext("setAccess", 1);
    var decision = task(pi);
    tasks.claim(decision.getId(), "direction-test");
    complete(decision, withVariables("decision", "SUSPENDRE"));
    var job = management.createJobQuery().processInstanceId(pi.getId()).activityId("SuspendreAcces").singleResult();
    assertThat(Jobs.tryRun(management, job.getId())).isFalse();
    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(4);
    management.setJobDuedate(job.getId(), null);
    Jobs.runAll(management, pi.getId());
    assertThat(space().getState()).isEqualTo(SpaceState.SUSPENDED);
  }

  private void decide(String decision, java.util.Map<String, Object> given) {
    var variables = new java.util.HashMap<>(given);
    var task = task(pi);
    tasks.claim(task.getId(), "direction-test");
    variables.put("decision", decision);
    complete(task, variables);
    Jobs.runAll(management, pi.getId());
  }

  private be.uvcw.convention.provisioning.SecureSpace space() {
    return spaces.findByOrganisationId(convention.getOrganisation().getId()).orElseThrow();
  }
}
