package be.uvcw.convention.billing;

import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Every path of the BPMN `fee-indexation`: approved, rejected, and input the engine refuses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeeIndexationProcessTest {

  /** Far in the future so that no other test bills a month at these fees. */
  private static final String EFFECTIVE_FROM = "2090-01-01";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired FeeScheduleService fees;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc.update("delete from fee_schedule where effective_from >= date '2090-01-01'");
  }

  @AfterEach
  void tearDown() {
    jdbc.update("delete from fee_schedule where effective_from >= date '2090-01-01'");
  }

  private ProcessInstance propose() {
    return runtime.startProcessInstanceByKey("fee-indexation",
        withVariables("healthIndex", 126.55, "baseIndex", 123L, "effectiveFrom", EFFECTIVE_FROM));
  }

  @Test
  void managementApprovesTheIndexedFeeWhichAppliesFromItsEffectiveDate() {
    ProcessInstance pi = propose();
    assertThat(pi).hasPassed("CalculerNouvelleParticipation").isWaitingAt("ApprouverIndexation");
    assertThat(task(pi)).hasCandidateGroup("union-management");
    // 82.00 x 126.55 / 123 = 84.3680... -> 84.37
    assertThat(pi).variables().containsEntry("proposedFee", "84.37").containsEntry("currentFee", "82.00");
    assertThat(assertFrenchStyle((String) runtime.getVariable(pi.getId(), "proposalSummary")))
        .contains("proposée : 84,37\u00A0€ HTVA", "82,00\u00A0€ × 126,55 ÷ 123 = 84,37\u00A0€", "commencent le 1er janvier 2090 ou après");

    complete(task(pi), withVariables("decision", "APPROVE"));
    assertThat(pi).isWaitingAt("AppliquerNouvelleParticipation");
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());

    assertThat(pi).hasPassed("AppliquerNouvelleParticipation", "NouvelleParticipationEnVigueur").isEnded();
    FeeSchedule schedule = fees.schedule();
    assertThat(schedule.feeFor(YearMonth.of(2089, 12))).isEqualByComparingTo("82.00");
    assertThat(schedule.feeFor(YearMonth.of(2090, 1))).isEqualTo(new BigDecimal("84.37"));
  }

  @Test
  void managementRejectsWithAReasonAndTheScheduleStaysAsItWas() {
    ProcessInstance pi = propose();
    complete(task(pi), withVariables("decision", "REJECT", "rejectionReason", "Indice de base erroné"));

    assertThat(pi).hasPassed("IndexationRejetee").hasNotPassed("AppliquerNouvelleParticipation").isEnded();
    assertThat(fees.schedule().feeFor(YearMonth.of(2090, 1))).isEqualByComparingTo("82.00");
  }

  @Test
  void aRejectionWithoutReasonLeavesTheTaskOpenAndNothingRecorded() {
    ProcessInstance pi = propose();
    String review = task(pi).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(review, withVariables("decision", "REJECT", "rejectionReason", "")))
        .hasMessageContaining("Motif du rejet");
    assertThat(pi).isWaitingAt("ApprouverIndexation");
    assertThat(pi).variables().doesNotContainKey("ApprouverIndexationBy");
  }

  @Test
  void aProposalWithoutABaseIndexIsRefusedBeforeAnyoneReviewsIt() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("fee-indexation",
        withVariables("healthIndex", 126.55, "effectiveFrom", EFFECTIVE_FROM)))
        .hasMessageContaining("indice de base");
  }
}
