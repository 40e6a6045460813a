package be.uvcw.convention.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.payment.PaymentFixtures.IssuedInvoice;
import be.uvcw.convention.payment.StatementFiles.Line;
import be.uvcw.convention.testsupport.Jobs;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Every path of `payment-matching` (« Rapprocher un paiement »), as the diagram reads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaymentMatchingProcessTest {

  private static final LocalDate JULY_2016 = LocalDate.of(2016, 7, 1);
  private static final LocalDate PAID_ON = LocalDate.of(2016, 7, 20);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired PaymentService payments;

  private PaymentFixtures fixtures;
  private IssuedInvoice invoice;

  @BeforeEach
  void anUnmatchedCreditWaitsForFinance() {
    BpmnAwareTests.init(engine);
    fixtures = new PaymentFixtures(jdbc, runtime, management);
    fixtures.clean();
    invoice = fixtures.billingRun(JULY_2016, List.of(fixtures.convention(JULY_2016))).get(0);
    payments.importStatement(StatementFiles.camt08("P-1", PAID_ON,
        List.of(Line.credit("UNMATCHED-1", PAID_ON, "595.32", "Commune", "BE62510007547061", null, "cotisation"))), "releve.xml", "finance");
    identity.setAuthentication("comptable", List.of(Groups.FINANCE));
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
    fixtures.clean();
    fixtures.billing.retire();
    ClockUtil.reset();
  }

  /** The job executor runs as the application, not as the person who completed the task. */
  private void runJobs(ProcessInstance pi) {
    var person = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    Jobs.runAll(management, pi.getId());
    identity.setAuthentication(person);
  }

  private ProcessInstance instance() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PaymentMatchingProcess.KEY)
        .processInstanceBusinessKey(PaymentMatchingProcess.businessKey(fixtures.creditId("UNMATCHED-1"))).singleResult();
  }

  @Test
  void financeAllocatesTheCreditToTheInvoice() {
    ProcessInstance pi = instance();
    assertThat(pi).isWaitingAt("RapprocherPaiement");
    assertThat(task(pi)).hasCandidateGroup(Groups.FINANCE);
    complete(task(pi), withVariables("decision", "ALLOCATE", "invoiceNumber", invoice.number()));
    assertThat(pi).isWaitingAt("EnregistrerAffectation");
    runJobs(pi);
    assertThat(pi).hasPassed("EnregistrerAffectation").isEnded().hasPassed("PaiementRapproche");
    assertThat(fixtures.outstanding(invoice)).isEqualByComparingTo("0");
    assertThat(jdbc.queryForObject("select allocated_by from payment_allocation", String.class)).isEqualTo("comptable");
  }

  @Test
  void financeSetsTheCreditAsideWithAReason() {
    ProcessInstance pi = instance();
    complete(task(pi), withVariables("decision", "NOT_AN_INVOICE_PAYMENT", "decisionReason", "Subside de la Région"));
    runJobs(pi);
    assertThat(pi).hasPassed("ClasserCredit").isEnded().hasPassed("CreditClasse");
    assertThat(payments.creditState(fixtures.creditId("UNMATCHED-1"))).isEqualTo("IGNORED");
  }

  @Test
  void anAllocationThatBecameImpossibleGoesBackToFinanceWithTheReason() {
    ProcessInstance pi = instance();
    complete(task(pi), withVariables("decision", "ALLOCATE", "invoiceNumber", invoice.number()));
    // meanwhile another credit pays the invoice
    payments.importStatement(StatementFiles.camt08("P-2", PAID_ON, List.of(Line.credit("PAID-1", PAID_ON, "595.32", "Commune",
        "BE62510007547061", invoice.structuredCommunication(), null))), "releve2.xml", "finance");
    runJobs(pi);
    assertThat(pi).hasPassed("AffectationImpossible").isWaitingAt("RapprocherPaiement");
    assertThat(PaymentMatchingVariables.MATCHING_PROBLEM.get(runtime, pi.getId())).contains("déjà soldée");
  }

  @Test
  void anIncompleteOrImpossibleDecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = instance();
    assertThatThrownBy(() -> complete(task(pi), withVariables("decision", "ALLOCATE")))
        .hasMessageContaining("choisissez une facture proposée");
    assertThatThrownBy(() -> complete(task(pi), withVariables("decision", "ALLOCATE", "otherInvoiceNumber", "2099-00001")))
        .hasMessageContaining("n'existe pas");
    assertThatThrownBy(() -> complete(task(pi), withVariables("decision", "NOT_AN_INVOICE_PAYMENT")))
        .hasMessageContaining("Motif");
    identity.setAuthentication("clerk", List.of(Groups.UNION_STAFF));
    // Staff are not candidates: the engine itself refuses them TASK_WORK before the listener's own check.
    assertThatThrownBy(() -> complete(task(pi), withVariables("decision", "ALLOCATE", "invoiceNumber", invoice.number())))
        .hasMessageContaining("TASK_WORK");
    assertThat(pi).isWaitingAt("RapprocherPaiement");
  }
}
