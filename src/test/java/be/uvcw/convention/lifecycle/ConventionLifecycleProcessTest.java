package be.uvcw.convention.lifecycle;

import be.uvcw.convention.error.Conflict;
import static be.uvcw.convention.testsupport.Timers.fireAtStartOf;
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
import be.uvcw.convention.notification.Formats;
import be.uvcw.convention.notification.OutgoingMail;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.provisioning.ProvisioningPort.SpaceAccess;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.SpaceState;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.LifecycleFixtures;
import java.time.LocalDate;
import java.util.List;
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

/**
 * convention-lifecycle and non-renewal-notice, every path, timers fired by the test clock.
 * Convention signed 2026-03-15: start 2026-04-01, renewals 2027/2028/2029-04-01, limit 2030-03-31.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConventionLifecycleProcessTest {

  private static final LocalDate SIGNED = LocalDate.parse("2026-03-15");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired LifecycleFixtures fixtures;
  @Autowired ConventionLifecycleProcess lifecycle;
  @Autowired NonRenewalNoticeService notices;
  @Autowired ConventionRepository conventions;
  @Autowired ConventionRenewalRepository renewals;
  @Autowired SecureSpaceRepository spaces;
  @Autowired OutgoingMailRepository mails;
  @Autowired FaultInjectingProvisioningPort server;

  private Convention convention;
  private ProcessInstance pi;

  @BeforeEach
  void startLifecycle() {
    BpmnAwareTests.init(engine);
    today(SIGNED.plusDays(1));
    convention = fixtures.activeConvention(SIGNED);
    pi = runtime.createProcessInstanceQuery().processInstanceId(lifecycle.start(convention.getId())).singleResult();
    Jobs.runAll(management, pi.getId());
  }

  @AfterEach
  void resetClockAndServer() {
    ClockUtil.reset();
    server.reset();
  }

  @Test
  void renewsTacitlyAfter12_24And36MonthsThenEndsAtTheLimitOf48Months() {
    assertThat(pi).isWaitingAt("AttendreDateLimitePreavis");
    assertThat(pi).hasVariables("tenantId", "organisationId", "conventionId");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getTenantId())
        .isEqualTo(convention.getOrganisation().getTenantId());

    for (int year = 1; year <= 3; year++) {
      LocalDate renewal = LocalDate.parse("2026-04-01").plusYears(year);
      // The deadline day (renewal - 1 month) is included: the timer fires when the next day begins.
      fireAtStartOf(management, pi.getId(), "DateLimitePreavis", renewal.minusMonths(1).plusDays(1));
      assertThat(pi).hasPassed("AnnoncerReconduction").isWaitingAt("AttendreReconduction");
      fireAtStartOf(management, pi.getId(), "DateDeReconduction", renewal);
      assertThat(pi).hasPassed("ReconduireConvention");
      Convention renewed = conventions.findById(convention.getId()).orElseThrow();
      assertThat(renewed.getCurrentTermEnd()).isEqualTo(year < 3 ? renewal.plusYears(1).minusDays(1) : LocalDate.parse("2030-03-31"));
      assertThat(renewed.getStatus()).isEqualTo(ConventionStatus.ACTIVE);
    }
    assertThat(renewals.findByConventionIdOrderByRenewalDate(convention.getId()))
        .extracting(ConventionRenewal::getRenewalDate)
        .containsExactly(LocalDate.parse("2027-04-01"), LocalDate.parse("2028-04-01"), LocalDate.parse("2029-04-01"));
    assertThat(mailsTo("Reconduction tacite")).hasSize(3 * recipients());

    // No renewal left: warned three months before the 48-month limit, then ended.
    assertThat(pi).isWaitingAt("AvertissementLimite");
    fireAtStartOf(management, pi.getId(), "AvertissementLimite", LocalDate.parse("2030-01-01"));
    assertThat(pi).hasPassed("AvertirFinDeConvention").isWaitingAt("ProposerNouvelleConvention", "LimiteDe48Mois");
    assertThat(task("ProposerNouvelleConvention", pi)).hasCandidateGroup("union-staff");
    assertThat(runtime.getVariable(pi.getId(), "limitEnd")).as("shown in the form").isEqualTo("31 mars 2030");
    assertThat(mailsTo("arrive à son terme")).hasSize(recipients());
    complete(task("ProposerNouvelleConvention", pi), withVariables("proposalNote", "Nouvelle demande envoyée"));

    fireAtStartOf(management, pi.getId(), "LimiteDe48Mois", LocalDate.parse("2030-04-01"));
    Convention ended = conventions.findById(convention.getId()).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(ConventionStatus.ENDED);
    assertThat(ended.getEndDate()).isEqualTo(LocalDate.parse("2030-03-31"));
    assertSpace(SpaceState.READ_ONLY, SpaceAccess.READ_ONLY);
    assertThat(mailsTo("Fin de votre convention")).hasSize(recipients());
    assertThat(pi).isWaitingAt("DelaiDeConservation");

    // Retention P90D (application.yml) from the day of the end.
    var retentionJob = be.uvcw.convention.testsupport.Timers.timer(management, pi.getId(), "DelaiDeConservation");
    assertThat(retentionJob.getDuedate().toInstant())
        .isEqualTo(LocalDate.parse("2030-04-01").atStartOfDay(Formats.BRUSSELS).toInstant().plus(java.time.Duration.ofDays(90)));
    be.uvcw.convention.testsupport.Timers.fire(management, pi.getId(), retentionJob);
    assertSpace(SpaceState.DELETED, null);
    assertThat(pi).hasPassed("SupprimerEspace").isEnded();
  }

  @Test
  void aNoticeReceivedOnTheDeadlineDayIsAcceptedAndTheConventionEndsTheDayBeforeTheRenewal() {
    today(LocalDate.parse("2027-03-01"));
    NonRenewalNotice notice = notices.registerAndFollowUp(convention.getId(),
        new NoticeLetter(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-02-26"), "CE-2027-0153", null), "agent");
    assertThat(notice.isAccepted()).isTrue();
    assertThat(notice.getEndDate()).isEqualTo(LocalDate.parse("2027-03-31"));
    assertThat(conventions.findById(convention.getId()).orElseThrow().getEndDate()).isEqualTo(LocalDate.parse("2027-03-31"));

    ProcessInstance noticeProcess = noticeProcess();
    Jobs.runAll(management, noticeProcess.getId());
    assertThat(noticeProcess).hasPassed("SignalerAuCycleDeVie", "InformerAcceptation").isEnded();
    assertThat(mailsTo("non-reconduction est acceptée")).hasSize(recipients());

    assertThat(pi).hasPassed("PreavisAccepteAvantDateLimite").isWaitingAt("JourApresLaFin");
    fireAtStartOf(management, pi.getId(), "JourApresLaFin", LocalDate.parse("2027-04-01"));
    assertThat(pi).hasPassed("EnregistrerFin", "MettreEspaceEnLectureSeule", "InformerFin").hasNotPassed("ReconduireConvention");
    Convention ended = conventions.findById(convention.getId()).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(ConventionStatus.ENDED);
    assertThat(ended.getEndDate()).isEqualTo(LocalDate.parse("2027-03-31"));
    assertSpace(SpaceState.READ_ONLY, SpaceAccess.READ_ONLY);
  }

  @Test
  void aNoticeReceivedOneDayAfterTheDeadlineIsRefusedAndTheConventionRenews() {
    today(LocalDate.parse("2027-03-02"));
    NonRenewalNotice notice = notices.registerAndFollowUp(convention.getId(),
        new NoticeLetter(LocalDate.parse("2027-03-02"), LocalDate.parse("2027-02-28"), "CE-2027-0160", null), "agent");
    assertThat(notice.isAccepted()).isFalse();
    assertThat(notice.getDeadline()).isEqualTo(LocalDate.parse("2027-03-01"));
    assertThat(notice.getNextDeadline()).isEqualTo(LocalDate.parse("2028-03-01"));
    assertThat(notice.getReason()).contains("après la date limite du 1er mars 2027").contains("1er mars 2028");

    ProcessInstance noticeProcess = noticeProcess();
    Jobs.runAll(management, noticeProcess.getId());
    assertThat(noticeProcess).hasPassed("InformerRefus").hasNotPassed("SignalerAuCycleDeVie").isEnded();
    assertThat(mailsTo("ne peut pas être acceptée")).hasSize(recipients())
        .allSatisfy(mail -> assertThat(mail.getBody()).contains("1er mars 2028"));

    fireAtStartOf(management, pi.getId(), "DateLimitePreavis", LocalDate.parse("2027-03-02"));
    fireAtStartOf(management, pi.getId(), "DateDeReconduction", LocalDate.parse("2027-04-01"));
    assertThat(pi).hasPassed("ReconduireConvention").isWaitingAt("AttendreDateLimitePreavis");
    Convention renewed = conventions.findById(convention.getId()).orElseThrow();
    assertThat(renewed.getEndDate()).isNull();
    assertThat(renewed.getCurrentTermEnd()).isEqualTo(LocalDate.parse("2028-03-31"));
  }

  @Test
  void anOnTimeLetterRegisteredAfterTheDeadlineStillEndsTheConventionThroughTheSecondWait() {
    fireAtStartOf(management, pi.getId(), "DateLimitePreavis", LocalDate.parse("2027-03-02"));
    assertThat(pi).isWaitingAt("AttendreReconduction");
    today(LocalDate.parse("2027-03-03"));
    NonRenewalNotice notice = notices.registerAndFollowUp(convention.getId(),
        new NoticeLetter(LocalDate.parse("2027-02-27"), LocalDate.parse("2027-02-25"), "CE-2027-0140", null), "agent");
    assertThat(notice.isAccepted()).isTrue();
    Jobs.runAll(management, noticeProcess().getId());
    assertThat(pi).hasPassed("PreavisAccepteApresDateLimite").isWaitingAt("JourApresLaFin");
  }

  @Test
  void aSecondNoticeForAConventionAlreadyEndingIsRefusedWithAClearMessage() {
    today(LocalDate.parse("2026-12-01"));
    notices.registerAndFollowUp(convention.getId(),
        new NoticeLetter(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-28"), "CE-2026-0990", null), "agent");
    assertThatThrownBy(() -> notices.registerAndFollowUp(convention.getId(),
        new NoticeLetter(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-30"), "CE-2026-0999", null), "agent"))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("prend déjà fin le 31 mars 2027")
        .hasMessageContaining("seconde lettre de non-reconduction");
  }

  @Test
  void startingTheLifecycleTwiceKeepsOneInstance() {
    assertThat(lifecycle.start(convention.getId())).isEqualTo(pi.getId());
    assertThat(pi.getBusinessKey()).isEqualTo("convention-" + convention.getId());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ConventionLifecycleProcess.KEY)
        .processInstanceBusinessKey(pi.getBusinessKey()).count()).isOne();
  }

  private ProcessInstance noticeProcess() {
    List<ProcessInstance> found = runtime.createProcessInstanceQuery().processDefinitionKey("non-renewal-notice")
        .variableValueEquals("conventionId", convention.getId()).list();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private void assertSpace(SpaceState state, SpaceAccess access) {
    var space = spaces.findByOrganisationId(convention.getOrganisation().getId()).orElseThrow();
    assertThat(space.getState()).isEqualTo(state);
    if (access != null) {
      assertThat(server.accessOf(space.getLocation())).isEqualTo(access);
    } else {
      assertThat(server.real().root().resolve(space.getLocation())).doesNotExist();
    }
  }

  private List<OutgoingMail> mailsTo(String subjectPart) {
    return mails.findByOrganisationIdOrderByCreatedAtDesc(convention.getOrganisation().getId()).stream()
        .filter(m -> m.getSubject().contains(subjectPart)).toList();
  }

  /** The President and the billing address. */
  private int recipients() {
    return 2;
  }
}
