package be.uvcw.convention.adaptation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.notification.OutgoingMail;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every path of adaptation-request, on the real engine, database and (test) Server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdaptationRequestProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired FaultInjectingProvisioningPort provisioningFaults;
  @Autowired ManagementService managementService;
  @Autowired AdaptationFixtures fixtures;
  @Autowired AdaptationRequestRepository requests;
  @Autowired AdaptationService adaptations;
  @Autowired OutgoingMailRepository mails;
  @Autowired Clock clock;

  private AdaptationFixtures.User cpas;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    cpas = fixtures.activeCpasWithTools("urbanisme");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The shared test Server counts calls: leave it as found for the next test class. */
  @AfterEach
  void resetTestServer() {
    provisioningFaults.reset();
  }

  @Test
  void acceptedDirectlyByTheTableThenDeliveredAndConfirmed() {
    ProcessInstance pi = submit();
    assertThat(pi).isWaitingAt("EstimerDemande");
    assertThat(task(pi)).hasCandidateGroup("union-staff");

    complete(task(pi), withVariables("workloadDays", 2.0, "benefit", "MOST", "beneficiaries", ""));
    assertThat(pi).as("recorded asynchronously after the task").isWaitingAt("EnregistrerEstimation");
    Jobs.runAll(managementService, pi.getId());

    assertThat(pi).hasPassed("EnregistrerEstimation", "AppliquerTableDecision", "EnregistrerIssueTable", "EstimationEtDecision",
        "NotifierAcceptation").hasNotPassed("NotifierEscalade", "TrancherDemande").isWaitingAt("RealiserAdaptation");
    assertThat(task(pi)).hasCandidateGroup("maintenance");
    LocalDate due = be.uvcw.convention.adaptation.AdaptationRules.dueDate(LocalDate.now(clock), new BigDecimal("2.0"));
    Assertions.assertThat(task(pi).getDueDate().toInstant().atZone(ZoneId.of("Europe/Brussels")).toLocalDate()).isEqualTo(due);
    AdaptationRequest accepted = request(pi);
    Assertions.assertThat(accepted.getStatus()).isEqualTo(AdaptationStatus.ACCEPTED);
    Assertions.assertThat(accepted.getTableOutcome()).isEqualTo(TableOutcome.ACCEPT);
    Assertions.assertThat(accepted.getDecisionReason()).contains("la plupart des Utilisateurs").contains("2 jour(s)-personne");
    Assertions.assertThat(mailTo(cpas.presidentEmail())).anyMatch(m -> m.getSubject().equals("Demande d'adaptation acceptée")
        && m.getBody().contains(accepted.getDecisionReason()) && m.getBody().contains("au plus tard le"));

    deliver(pi, "urbanisme-cadastre 1.0");
    assertThat(pi).hasPassed("LivrerAdaptation", "MarquerLivree", "NotifierLivraison").isWaitingAt("ConfirmerAdaptation");
    assertThat(task(pi)).hasCandidateUser(cpas.presidentUserId()).hasCandidateUser(cpas.secretaryUserId());
    Assertions.assertThat(request(pi).getStatus()).isEqualTo(AdaptationStatus.DELIVERED);

    complete(task(pi), withVariables("userResponse", "CONFIRM"));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("EnregistrerRetour", "NotifierCloture", "DemandeCloturee").isEnded();
    Assertions.assertThat(request(pi).getStatus()).isEqualTo(AdaptationStatus.CONFIRMED);
    Assertions.assertThat(mailTo(cpas.presidentEmail())).as("each step's mail once, each its own subject")
        .extracting(OutgoingMail::getSubject).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  void refusedByTheTableWithItsReason() {
    ProcessInstance pi = submit();
    complete(task(pi), withVariables("workloadDays", 5L, "benefit", "NONE", "beneficiaries", ""));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("NotifierRefus", "DemandeRefusee").hasNotPassed("NotifierAcceptation").hasNotPassed("TrancherDemande", "RealiserAdaptation").isEnded();
    AdaptationRequest refused = request(pi);
    Assertions.assertThat(refused.getStatus()).isEqualTo(AdaptationStatus.REFUSED);
    Assertions.assertThat(refused.getDecisionReason()).startsWith("Sans profit pour d'autres Utilisateurs, plus de 3 jours-personne : refusée.");
    Assertions.assertThat(mailTo(cpas.presidentEmail())).anyMatch(m -> m.getSubject().equals("Demande d'adaptation refusée")
        && m.getBody().contains("Motif : " + refused.getDecisionReason()));
  }

  @Test
  void escalatedThenAcceptedByManagement() {
    ProcessInstance pi = submit();
    complete(task(pi), withVariables("workloadDays", 5.0, "benefit", "SOME", "beneficiaries", ""));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("NotifierEscalade").isWaitingAt("TrancherDemande");
    assertThat(task(pi)).hasCandidateGroup("union-management");
    Assertions.assertThat(request(pi).getStatus()).isEqualTo(AdaptationStatus.ESCALATED);
    Assertions.assertThat(mailTo(cpas.presidentEmail())).anyMatch(m -> m.getSubject().equals("Demande d'adaptation transmise à la direction de l'Union"));

    // A group task completed without claiming: the author is the authenticated user.
    var arbitration = task(pi);
    processEngine.getIdentityService().setAuthentication("direction-uvcw", List.of(Groups.UNION_MANAGEMENT), List.of(cpas.tenantId()));
    try {
      complete(arbitration, withVariables("managementDecision", "ACCEPT", "managementReason", "Utile aux CPAS de la province : acceptée."));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
    assertThat(pi).isWaitingAt("EnregistrerArbitrage");
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("EnregistrerArbitrage", "NotifierAcceptation").isWaitingAt("RealiserAdaptation");
    AdaptationRequest accepted = request(pi);
    Assertions.assertThat(accepted.getDecidedBy()).isEqualTo("direction-uvcw");
    Assertions.assertThat(accepted.getTableOutcome()).isEqualTo(TableOutcome.ESCALATE);
    Assertions.assertThat(accepted.getDecisionReason()).isEqualTo("Utile aux CPAS de la province : acceptée.");
    Assertions.assertThat(mailTo(cpas.presidentEmail())).anyMatch(m -> m.getSubject().equals("Demande d'adaptation acceptée")
        && m.getBody().contains("Utile aux CPAS de la province"));
  }

  @Test
  void escalatedThenRefusedByManagement() {
    ProcessInstance pi = submit();
    complete(task(pi), withVariables("workloadDays", 2.0, "benefit", "NONE", "beneficiaries", ""));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).isWaitingAt("TrancherDemande");
    complete(task(pi), withVariables("managementDecision", "REFUSE", "managementReason", "Besoin trop spécifique à un seul CPAS."));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("EnregistrerArbitrage", "NotifierRefus", "DemandeRefusee").hasNotPassed("RealiserAdaptation").isEnded();
    Assertions.assertThat(request(pi).getStatus()).isEqualTo(AdaptationStatus.REFUSED);
    Assertions.assertThat(mailTo(cpas.presidentEmail())).anyMatch(m -> m.getSubject().equals("Demande d'adaptation refusée")
        && m.getBody().contains("Besoin trop spécifique à un seul CPAS."));
  }

  @Test
  void deliveredThenReopenedThenConfirmed() {
    ProcessInstance pi = submit();
    complete(task(pi), withVariables("workloadDays", 1.0, "benefit", "NONE", "beneficiaries", ""));
    Jobs.runAll(managementService, pi.getId());
    deliver(pi, "urbanisme-cadastre 1.0");
    assertThat(pi).isWaitingAt("ConfirmerAdaptation");

    complete(task(pi), withVariables("userResponse", "REOPEN", "reopenReason", "Le champ n'apparaît pas dans le formulaire de permis."));
    assertThat(pi).isWaitingAt("EnregistrerRetour");
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("EnregistrerRetour").hasNotPassed("NotifierCloture").isWaitingAt("RealiserAdaptation");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "lastReopenReason")).isEqualTo("Le champ n'apparaît pas dans le formulaire de permis.");
    AdaptationRequest reopened = request(pi);
    Assertions.assertThat(reopened.getStatus()).isEqualTo(AdaptationStatus.ACCEPTED);
    Assertions.assertThat(reopened.getReopenCount()).isEqualTo(1);
    Assertions.assertThat(reopened.getDueDate()).isEqualTo(AdaptationRules.reworkDueDate(LocalDate.now(clock)));

    deliver(pi, "urbanisme-cadastre 1.1");
    assertThat(pi).isWaitingAt("ConfirmerAdaptation");
    complete(task(pi), withVariables("userResponse", "CONFIRM"));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).isEnded();
    Assertions.assertThat(request(pi).getDeliveryReference()).isEqualTo("urbanisme-cadastre 1.1");
  }

  @Test
  void badInputIsRefusedInFrenchAndLeavesTheTaskOpen() {
    ProcessInstance pi = submit();
    String estimate = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(estimate, withVariables("workloadDays", 0.3, "benefit", "SOME")))
        .satisfies(refused("0,5"));
    assertThat(pi).isWaitingAt("EstimerDemande");
    complete(task(pi), withVariables("workloadDays", 2.0, "benefit", "NONE"));
    Jobs.runAll(managementService, pi.getId());

    String arbitration = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(arbitration, withVariables("managementDecision", "ACCEPT", "managementReason", "")))
        .satisfies(refused("le motif"));
    assertThat(pi).isWaitingAt("TrancherDemande");
    complete(task(pi), withVariables("managementDecision", "ACCEPT", "managementReason", "Utile malgré tout."));
    Jobs.runAll(managementService, pi.getId());

    String work = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(work, withVariables("adaptationPackage", "urbanisme-cadastre 1.0", "deliveryNotes", " ")))
        .satisfies(refused("les notes de livraison"));
    assertThat(pi).isWaitingAt("RealiserAdaptation");
    deliver(pi, "urbanisme-cadastre 1.0");

    String confirmation = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(confirmation, withVariables("userResponse", "REOPEN", "reopenReason", " ")))
        .satisfies(refused("ce qui ne convient pas"));
    assertThat(pi).isWaitingAt("ConfirmerAdaptation");
  }

  @Test
  void onlyTheUsersSignatoriesOrUnionStaffMaySubmit() {
    AdaptationFixtures.User other = fixtures.activeCpasWithTools("urbanisme");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("adaptation-request", withVariables("tenantId", cpas.tenantId(),
        "toolCode", "urbanisme", "title", "t", "description", "d", "localNeed", "n", "requestedBy", other.presidentUserId())))
        .isInstanceOf(be.uvcw.convention.error.Forbidden.class);
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("adaptation-request", withVariables("tenantId", cpas.tenantId(),
        "toolCode", "courrier", "title", "t", "description", "d", "localNeed", "n", "requestedBy", cpas.presidentUserId())))
        .isInstanceOf(be.uvcw.convention.error.BadInput.class).hasMessageContaining("n'est pas installé");
  }

  /** A French 400 (Refusal) thrown by the task's complete listener, as the engine wraps it. */
  private static java.util.function.Consumer<Throwable> refused(String message) {
    return thrown -> {
      Refusal refusal = Refusal.of(thrown);
      Assertions.assertThat(refusal).isNotNull();
      Assertions.assertThat(refusal.status()).isEqualTo(400);
      Assertions.assertThat(refusal.getMessage()).contains(message);
    };
  }

  private ProcessInstance submit() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("adaptation-request", withVariables("tenantId", cpas.tenantId(),
        "toolCode", "urbanisme", "title", "Numéro de parcelle cadastrale", "description", "Ajouter le numéro de parcelle au permis.",
        "localNeed", "Le service urbanisme le recopie à la main dans chaque dossier.", "requestedBy", cpas.presidentUserId()));
    Assertions.assertThat(pi.getTenantId()).isEqualTo(cpas.tenantId());
    return pi;
  }

  private void deliver(ProcessInstance pi, String adaptationPackage) {
    assertThat(pi).isWaitingAt("RealiserAdaptation");
    complete(task(pi), withVariables("adaptationPackage", adaptationPackage, "deliveryNotes", "Nouveau champ « Parcelle » dans l'onglet Bien."));
    Jobs.runAll(managementService, pi.getId());
  }

  private AdaptationRequest request(ProcessInstance pi) {
    return requests.findByProcessInstanceId(pi.getId()).orElseThrow();
  }

  private List<OutgoingMail> mailTo(String recipient) {
    return mails.findByRecipientOrderByCreatedAtDesc(recipient);
  }
}
