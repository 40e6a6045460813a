package be.uvcw.convention.dunning;

import static be.uvcw.convention.platform.french.FrenchStyle.assertEveryQueuedMailInFrenchStyle;
import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.billing.BillingFixtures;
import be.uvcw.convention.billing.CreditNoteService;
import be.uvcw.convention.billing.DraftInvoiceBuilder;
import be.uvcw.convention.billing.Invoice;
import be.uvcw.convention.billing.InvoiceBalanceChanged;
import be.uvcw.convention.billing.InvoiceIssuer;
import be.uvcw.convention.billing.InvoiceRepository;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.Timers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code payment-reminders}, every path, on the real engine and PostgreSQL, timers driven by the
 * engine clock. The invoice: a CPAS billed 2032-01-05 for January–June 2032 (492.00 + 103.32 VAT =
 * 595.32), due 2032-02-04; reminders 7 days after the due date, then 14 and 14 days later (the defaults).
 * Payments are written as payment_allocation rows (the statement import is the payments capability's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaymentRemindersProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired DraftInvoiceBuilder drafts;
  @Autowired InvoiceIssuer issuer;
  @Autowired InvoiceRepository invoices;
  @Autowired CreditNoteService creditNotes;
  @Autowired PaymentReminderService reminders;

  private BillingFixtures fixtures;
  private Invoice invoice;

  @BeforeEach
  void anInvoiceDueOnFebruaryFourth() {
    BpmnAwareTests.init(engine);
    fixtures = new BillingFixtures(jdbc);
    Timers.today(LocalDate.parse("2032-01-05"));
    long convention = fixtures.conventionFor("CPAS", LocalDate.parse("2032-01-01"), null);
    Long invoiceId = new TransactionTemplate(transactions).execute(status -> {
      var result = drafts.build(List.of(convention), LocalDate.parse("2032-01-01"), DraftInvoiceBuilder.Mode.RUN, null, null).get(0);
      issuer.issue(List.of(result.invoiceId()));
      return result.invoiceId();
    });
    invoice = invoices.findById(invoiceId).orElseThrow();
    assertThat(invoice.getDueDate()).isEqualTo(LocalDate.parse("2032-02-04")); // 30 days after issue
    assertThat(invoice.getTotalInclVat()).isEqualByComparingTo("595.32");
  }

  @AfterEach
  void tearDown() {
    assertEveryQueuedMailInFrenchStyle(jdbc);
    fixtures.retire();
    ClockUtil.reset();
  }

  @Test
  void bothRemindersFireOnTimeThenFinanceSendsTheFormalNotice() {
    ProcessInstance pi = opened();
    Timers.fireAtStartOf(management, pi.getId(), "PremierRappelDu", LocalDate.parse("2032-02-11"));
    assertThat(pi).hasPassed("VerifierSoldePremierRappel", "EnvoyerPremierRappel").isWaitingAt("SecondRappelDu");
    assertThat(mails("Rappel de paiement — facture %")).isEqualTo(1);
    String body = jdbc.queryForObject("select body from outgoing_mail where organisation_id = ? and subject like 'Rappel%'",
        String.class, invoice.getOrganisationId());
    assertThat(assertFrenchStyle(body)).contains("échue le 4 février 2032").contains("595,32\u00A0€").contains(invoice.communication().formatted())
        .contains("de l'Union (Union des Villes et Communes de Wallonie").doesNotContain("au nom de Union")
        .endsWith("L'équipe CommunesPlone de l'Union des Villes et Communes de Wallonie\n");

    Timers.fireAtStartOf(management, pi.getId(), "SecondRappelDu", LocalDate.parse("2032-02-25"));
    assertThat(pi).hasPassed("EnvoyerSecondRappel").isWaitingAt("MiseEnDemeureDue");
    assertThat(mails("Second rappel de paiement — facture %")).isEqualTo(1);

    Timers.fireAtStartOf(management, pi.getId(), "MiseEnDemeureDue", LocalDate.parse("2032-03-10"));
    assertThat(pi).isWaitingAt("MiseEnDemeure");
    assertThat(task(pi)).hasCandidateGroup("finance").hasFormKey(null);
    String summary = PaymentReminderVariables.REMINDER_SUMMARY.get(runtime, pi.getId());
    assertThat(assertFrenchStyle(summary)).contains("**Reste dû : 595,32\u00A0€**").contains("35 jours de retard")
        .contains("premier rappel envoyé").contains("second rappel envoyé");

    // A member of finance completes the group task without claiming it: the notice still names them.
    String decision = task(pi).getId();
    identity.setAuthentication("comptable", List.of("finance"), pi.getTenantId() == null ? List.of() : List.of(pi.getTenantId()));
    try {
      tasks.complete(decision, withVariables("noticeDecision", "SEND_NOTICE"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(pi).isWaitingAt("EnvoyerMiseEnDemeure");
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId("EnvoyerMiseEnDemeure")
        .singleResult().getId());
    assertThat(pi).hasPassed("EnvoyerMiseEnDemeure", "MiseEnDemeureEnvoyee").isEnded();
    assertThat(reminders.history(invoice.getId())).last().extracting(PaymentReminderService.HistoryEntry::actor).isEqualTo("comptable");
    assertThat(mails("Mise en demeure — facture %")).isEqualTo(1);
    assertThat(assertFrenchStyle(jdbc.queryForObject("select body from outgoing_mail where organisation_id = ? and subject like 'Mise en demeure%'",
        String.class, invoice.getOrganisationId()))).contains("échue le 4 février 2032, reste impayée", "Montant restant dû : 595,32\u00A0€ TVAC");
    assertThat(outcome()).isEqualTo("FORMAL_NOTICE");
    assertThat(reminders.history(invoice.getId())).extracting(PaymentReminderService.HistoryEntry::kind).containsExactly(
        PaymentReminderService.EventKind.FIRST_REMINDER, PaymentReminderService.EventKind.SECOND_REMINDER,
        PaymentReminderService.EventKind.FORMAL_NOTICE);
  }

  @Test
  void aPaymentStopsTheRemindersAtOnce() {
    ProcessInstance pi = opened();
    Timers.fireAtStartOf(management, pi.getId(), "PremierRappelDu", LocalDate.parse("2032-02-11"));
    assertThat(pi).isWaitingAt("SecondRappelDu");

    Timers.today(LocalDate.parse("2032-02-13"));
    pay(invoice.getTotalInclVat(), true);
    assertThat(pi).hasPassed("FactureSoldee", "EnregistrerReglement", "RelancesArretees").isEnded();
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(mails("Second rappel%")).isZero();
    assertThat(outcome()).isEqualTo("SETTLED");
  }

  @Test
  void aPartialPaymentKeepsTheRemindersGoingForTheRest() {
    ProcessInstance pi = opened();
    Timers.today(LocalDate.parse("2032-02-06"));
    pay(new BigDecimal("300.00"), true);
    assertThat(pi).isWaitingAt("PremierRappelDu");
    Timers.fireAtStartOf(management, pi.getId(), "PremierRappelDu", LocalDate.parse("2032-02-11"));
    assertThat(jdbc.queryForObject("select body from outgoing_mail where organisation_id = ? and subject like 'Rappel%'",
        String.class, invoice.getOrganisationId())).contains("Montant restant dû : 295,32\u00A0€");
  }

  @Test
  void aCreditNoteForTheWholeInvoiceStopsTheReminders() {
    ProcessInstance pi = opened();
    Timers.today(LocalDate.parse("2032-02-08"));
    List<YearMonth> all = List.of(YearMonth.of(2032, 1), YearMonth.of(2032, 2), YearMonth.of(2032, 3), YearMonth.of(2032, 4),
        YearMonth.of(2032, 5), YearMonth.of(2032, 6));
    creditNotes.creditInvoiceMonths(invoice.getNumber(), all, "Convention annulée");
    assertThat(pi).hasPassed("FactureSoldee").isEnded();
    assertThat(mails("Rappel%")).isZero();
  }

  @Test
  void aPaymentThatNoEventAnnouncedIsSeenBeforeEachReminder() {
    ProcessInstance pi = opened();
    pay(invoice.getTotalInclVat(), false);
    Timers.fireAtStartOf(management, pi.getId(), "PremierRappelDu", LocalDate.parse("2032-02-11"));
    assertThat(pi).hasPassed("VerifierSoldePremierRappel", "FactureSoldeeAvantPremierRappel").hasNotPassed("EnvoyerPremierRappel")
        .isEnded();
    assertThat(mails("Rappel%")).isZero();
    assertThat(outcome()).isEqualTo("SETTLED");
  }

  @Test
  void aPaymentBeforeTheSecondReminderOrTheFormalNoticeEndsThereWithoutAMail() {
    ProcessInstance pi = opened();
    Timers.fireAtStartOf(management, pi.getId(), "PremierRappelDu", LocalDate.parse("2032-02-11"));
    pay(invoice.getTotalInclVat(), false);
    Timers.fireAtStartOf(management, pi.getId(), "SecondRappelDu", LocalDate.parse("2032-02-25"));
    assertThat(pi).hasPassed("FactureSoldeeAvantSecondRappel").hasNotPassed("EnvoyerSecondRappel").isEnded();
  }

  @Test
  void aNewDeadlineIsAnnouncedAndCheckedThenFinanceDropsTheRemindersWithAReason() {
    ProcessInstance pi = toFormalNoticeTask();
    complete(task(pi), withVariables("noticeDecision", "NEW_DEADLINE", "newDeadline", "2032-03-31"));
    Jobs.runAll(management, pi.getId());
    assertThat(pi).hasPassed("EnregistrerNouveauDelai").isWaitingAt("NouveauDelaiEcoule");
    assertThat(mails("Nouveau délai de paiement — facture %")).isEqualTo(1);

    Timers.fireAtStartOf(management, pi.getId(), "NouveauDelaiEcoule", LocalDate.parse("2032-04-01"));
    assertThat(pi).isWaitingAt("MiseEnDemeure");
    assertThat(assertFrenchStyle((String) runtime.getVariable(pi.getId(), "reminderSummary"))).contains("nouveau délai accordé jusqu'au 31 mars 2032");

    Task decision = task(pi);
    assertThatThrownBy(() -> tasks.complete(decision.getId(), withVariables("noticeDecision", "DROP")))
        .hasMessageContaining("Indiquez le motif de l'abandon");
    assertThat(pi).isWaitingAt("MiseEnDemeure");
    complete(task(pi), withVariables("noticeDecision", "DROP", "dropReason", "Montant contesté, dossier transmis au service juridique"));
    Jobs.runAll(management, pi.getId());
    assertThat(pi).hasPassed("EnregistrerAbandon", "RelanceAbandonnee").isEnded();
    assertThat(outcome()).isEqualTo("DROPPED");
    assertThat(reminders.history(invoice.getId())).last().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo(PaymentReminderService.EventKind.DROPPED);
      assertThat(entry.note()).isEqualTo("Montant contesté, dossier transmis au service juridique");
      assertThat(entry.actor()).isNotBlank();
    });
  }

  @Test
  void aNewDeadlineInThePastIsRefusedAndAPaymentDuringIt() {
    ProcessInstance pi = toFormalNoticeTask();
    Task decision = task(pi);
    assertThatThrownBy(() -> tasks.complete(decision.getId(), withVariables("noticeDecision", "NEW_DEADLINE", "newDeadline", "2032-03-01")))
        .hasMessageContaining("date future");
    complete(task(pi), withVariables("noticeDecision", "NEW_DEADLINE", "newDeadline", "2032-03-31"));
    Jobs.runAll(management, pi.getId());
    pay(invoice.getTotalInclVat(), false);
    Timers.fireAtStartOf(management, pi.getId(), "NouveauDelaiEcoule", LocalDate.parse("2032-04-01"));
    assertThat(pi).hasPassed("FactureSoldeeAvantMiseEnDemeure").isEnded();
  }

  @Test
  void theDailySweepOpensOneProcessPerOverdueInvoiceAndNoneTwice() {
    Timers.today(LocalDate.parse("2032-02-04"));
    assertThat(reminders.openOverdue()).as("not overdue on its due date").isEmpty();
    Timers.today(LocalDate.parse("2032-02-05"));
    assertThat(reminders.openOverdue()).hasSize(1);
    assertThat(reminders.openOverdue()).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentReminderService.PROCESS_KEY)
        .processInstanceBusinessKey("invoice-" + invoice.getNumber()).count()).isEqualTo(1);
  }

  @Test
  void theScheduleRunsTheSweepEveryMorningAtSeven() {
    Timers.today(LocalDate.parse("2032-02-05"));
    var timer = management.createJobQuery().processDefinitionKey("payment-reminders-schedule").timers().singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate().toInstant().atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(7, 0));
    // Its morning on the day after this invoice's due date:
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.parse("2032-02-05").atTime(7, 0)
        .atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant()));
    management.executeJob(timer.getId());
    var schedule = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("payment-reminders-schedule")
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    ProcessInstance sweep = runtime.createProcessInstanceQuery().processInstanceId(schedule.getId()).singleResult();
    Jobs.runAll(management, schedule.getId());
    assertThat(sweep).hasPassed("OuvrirRelances", "RelancesOuvertes").isEnded();
    assertThat(schedule.getBusinessKey()).isEqualTo("payment-reminders-schedule-2032-02-05");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentReminderService.PROCESS_KEY)
        .processInstanceBusinessKey("invoice-" + invoice.getNumber()).singleResult()).isNotNull();
  }

  private ProcessInstance toFormalNoticeTask() {
    ProcessInstance pi = opened();
    Timers.fireAtStartOf(management, pi.getId(), "PremierRappelDu", LocalDate.parse("2032-02-11"));
    Timers.fireAtStartOf(management, pi.getId(), "SecondRappelDu", LocalDate.parse("2032-02-25"));
    Timers.fireAtStartOf(management, pi.getId(), "MiseEnDemeureDue", LocalDate.parse("2032-03-10"));
    assertThat(pi).isWaitingAt("MiseEnDemeure");
    return pi;
  }

  /** The morning after the due date, the sweep opens this invoice's reminders. */
  private ProcessInstance opened() {
    Timers.today(LocalDate.parse("2032-02-05"));
    reminders.openOverdue();
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(PaymentReminderService.PROCESS_KEY)
        .processInstanceBusinessKey("invoice-" + invoice.getNumber()).singleResult();
    assertThat(pi).isNotNull().isStarted().isWaitingAt("PremierRappelDu");
    return pi;
  }

  /** A bank credit allocated to the invoice, as the payments capability records it; announced or not. */
  private void pay(BigDecimal amount, boolean announce) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      String ref = UUID.randomUUID().toString();
      Long statement = jdbc.queryForObject("insert into bank_statement (format, account_iban, statement_ref, statement_date,"
          + " file_sha256, imported_at, imported_by) values ('CAMT_053_001_08', 'BE09091011584657', ?, current_date, ?, now(), 'finance')"
          + " returning id", Long.class, ref, (ref + ref).replace("-", "").substring(0, 64));
      Long credit = jdbc.queryForObject("insert into bank_credit (statement_id, entry_ref, account_iban, booking_date, amount, currency,"
          + " structured_communication, state) values (?, ?, 'BE09091011584657', current_date, ?, 'EUR', ?, 'MATCHED') returning id",
          Long.class, statement, ref, amount, invoice.getStructuredCommunication());
      jdbc.update("insert into payment_allocation (bank_credit_id, invoice_id, amount, method, allocated_at, allocated_by)"
          + " values (?, ?, ?, 'STRUCTURED_COMMUNICATION', now(), 'finance')", credit, invoice.getId(), amount);
      if (announce) {
        events.publishEvent(new InvoiceBalanceChanged(invoice.getId()));
      }
    });
  }

  private int mails(String subjectPattern) {
    return jdbc.queryForObject("select count(*) from outgoing_mail where organisation_id = ? and subject like ? and status = 'SENT'",
        Integer.class, invoice.getOrganisationId(), subjectPattern);
  }

  private String outcome() {
    return jdbc.queryForObject("select outcome from payment_reminder_case where invoice_id = ?", String.class, invoice.getId());
  }
}
