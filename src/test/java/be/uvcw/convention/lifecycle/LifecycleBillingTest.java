package be.uvcw.convention.lifecycle;

import static be.uvcw.convention.testsupport.Timers.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.uvcw.convention.billing.CreditNote;
import be.uvcw.convention.billing.CreditNoteRepository;
import be.uvcw.convention.billing.DraftInvoiceBuilder;
import be.uvcw.convention.billing.Invoice;
import be.uvcw.convention.billing.InvoiceIssuer;
import be.uvcw.convention.billing.InvoiceRepository;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.misuse.MisuseCase;
import be.uvcw.convention.misuse.MisuseCaseService;
import be.uvcw.convention.provisioning.ProvisioningPort.SpaceAccess;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.LifecycleFixtures;
import be.uvcw.convention.testsupport.Timers;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lifecycle against billing (DOMAIN.md "Fees and billing"): months invoiced past an accepted
 * non-renewal are credited, exactly those; an ended convention owes nothing more; a suspended one
 * is still billed. Convention signed 2026-03-15: start 2026-04-01, first renewal 2027-04-01.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LifecycleBillingTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired LifecycleFixtures fixtures;
  @Autowired ConventionLifecycleProcess lifecycle;
  @Autowired NonRenewalNoticeService notices;
  @Autowired MisuseCaseService misuse;
  @Autowired DraftInvoiceBuilder drafts;
  @Autowired InvoiceIssuer issuer;
  @Autowired InvoiceRepository invoices;
  @Autowired CreditNoteRepository creditNotes;
  @Autowired SecureSpaceRepository spaces;
  @Autowired FaultInjectingProvisioningPort server;
  @Autowired PlatformTransactionManager transactions;
  @Autowired be.uvcw.convention.importing.ConventionImportService importer;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private Convention convention;
  private ProcessInstance pi;

  @BeforeEach
  void activeConventionWithItsLifecycle() {
    BpmnAwareTests.init(engine);
    today(LocalDate.parse("2026-03-16"));
    convention = fixtures.activeConvention(LocalDate.parse("2026-03-15"));
    pi = runtime.createProcessInstanceQuery().processInstanceId(lifecycle.start(convention.getId())).singleResult();
    Jobs.runAll(management, pi.getId());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    server.reset();
  }

  @Test
  void aNoticeAcceptedAfterAnInvoiceCoveredMonthsPastTheNewEndCreditsExactlyThoseMonths() {
    today(LocalDate.parse("2027-01-01"));
    DraftInvoiceBuilder.Result january = bill(LocalDate.parse("2027-01-01"));
    assertThat(january.outcome()).isEqualTo(DraftInvoiceBuilder.Outcome.DRAFTED);
    Invoice invoice = invoices.findById(january.invoiceId()).orElseThrow();

    today(LocalDate.parse("2027-02-15"));
    NonRenewalNotice notice = notices.registerAndFollowUp(convention.getId(),
        new NoticeLetter(LocalDate.parse("2027-02-15"), LocalDate.parse("2027-02-10"), "CE-2027-0042", null), "agent");
    assertThat(notice.getEndDate()).isEqualTo(LocalDate.parse("2027-03-31"));
    ProcessInstance noticeProcess = runtime.createProcessInstanceQuery().processDefinitionKey("non-renewal-notice")
        .variableValueEquals("conventionId", convention.getId()).singleResult();
    Jobs.runAll(management, noticeProcess.getId());
    assertThat(noticeProcess).hasPassed("CrediterMoisFactures", "EnvoyerNotesDeCredit").isEnded();

    List<CreditNote> notes = creditNotes.findByInvoiceIdOrderById(invoice.getId());
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getNumber()).startsWith("NC-2027-");
    assertThat(notes.get(0).getState().name()).isEqualTo("SENT");
    assertThat(jdbc.queryForList("select month from credit_note_line where credit_note_id = ? order by month", LocalDate.class,
        notes.get(0).getId()))
        .containsExactly(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-05-01"), LocalDate.parse("2027-06-01"));

    // The end comes: nothing more to credit, and the next run owes nothing.
    Timers.fireAtStartOf(management, pi.getId(), "JourApresLaFin", LocalDate.parse("2027-04-01"));
    assertThat(pi).hasPassed("CrediterMoisApresFin", "MettreEspaceEnLectureSeule");
    assertThat(creditNotes.findByInvoiceIdOrderById(invoice.getId())).hasSize(1);
    today(LocalDate.parse("2027-07-01"));
    assertThat(bill(LocalDate.parse("2027-07-01")).outcome()).as("an ended convention is no longer billed")
        .isEqualTo(DraftInvoiceBuilder.Outcome.NOTHING_OWED);
  }

  @Test
  void aSuspendedConventionIsStillBilledAndItsSpaceInaccessible() {
    today(LocalDate.parse("2026-06-20"));
    MisuseCase misuseCase = misuse.openAndFollowUp(convention.getId(), "Envoi de courriels non sollicités depuis le site.", "agent");
    misuse.suspend(misuseCase.getId(), "direction", "Suspension immédiate");
    var space = spaces.findByOrganisationId(convention.getOrganisation().getId()).orElseThrow();
    assertThat(server.accessOf(space.getLocation())).isEqualTo(SpaceAccess.SUSPENDED);

    today(LocalDate.parse("2026-07-01"));
    DraftInvoiceBuilder.Result july = bill(LocalDate.parse("2026-07-01"));
    assertThat(july.outcome()).isEqualTo(DraftInvoiceBuilder.Outcome.DRAFTED);
    assertThat(invoices.findById(july.invoiceId()).orElseThrow().getState().name()).isEqualTo("ISSUED");
  }

  @Test
  void anImportedConventionIsBilledOnlyForTheMonthsAfterTheLastMonthInvoicedOutsideTheApplication() {
    today(LocalDate.parse("2026-07-01"));
    var number = be.uvcw.convention.testsupport.TestEnterpriseNumbers.next();
    var values = new java.util.EnumMap<be.uvcw.convention.importing.ImportColumn, String>(be.uvcw.convention.importing.ImportColumn.class);
    values.put(be.uvcw.convention.importing.ImportColumn.TYPE, "COMMUNE");
    values.put(be.uvcw.convention.importing.ImportColumn.NAME, "Commune de " + number.digits());
    values.put(be.uvcw.convention.importing.ImportColumn.ENTERPRISE_NUMBER, number.formatted());
    values.put(be.uvcw.convention.importing.ImportColumn.ENTITY, "Entité " + number.digits());
    values.put(be.uvcw.convention.importing.ImportColumn.STREET, "Place 1");
    values.put(be.uvcw.convention.importing.ImportColumn.POSTAL_CODE, "5000");
    values.put(be.uvcw.convention.importing.ImportColumn.CITY, "Namur");
    values.put(be.uvcw.convention.importing.ImportColumn.BILLING_EMAIL, "factures@commune.test");
    values.put(be.uvcw.convention.importing.ImportColumn.SIGNATURE_DATE, "2025-06-10");
    values.put(be.uvcw.convention.importing.ImportColumn.LAST_INVOICED_MONTH, "2025-12");
    var report = importer.importRows(List.of(new be.uvcw.convention.importing.RawRow(2, values)));
    assertThat(report.errors()).isEmpty();
    Long imported = report.created().get(0).conventionId();

    DraftInvoiceBuilder.Result july = new TransactionTemplate(transactions).execute(status -> {
      DraftInvoiceBuilder.Result result = drafts.build(List.of(imported), LocalDate.parse("2026-07-01"), DraftInvoiceBuilder.Mode.RUN, null, null).get(0);
      issuer.issue(List.of(result.invoiceId()));
      return result;
    });
    // Started 2025-07-01; July–December 2025 invoiced on paper: the catch-up starts in January 2026.
    List<LocalDate> months = jdbc.queryForList("select month from invoice_line where invoice_id = ? order by month", LocalDate.class,
        july.invoiceId());
    assertThat(months).hasSize(12);
    assertThat(months.get(0)).isEqualTo(LocalDate.parse("2026-01-01"));
    assertThat(months.get(11)).isEqualTo(LocalDate.parse("2026-12-01"));
  }

  /** The billing run's step for this convention alone: build its draft and issue it. */
  private DraftInvoiceBuilder.Result bill(LocalDate billingDate) {
    return new TransactionTemplate(transactions).execute(status -> {
      DraftInvoiceBuilder.Result result = drafts.build(List.of(convention.getId()), billingDate, DraftInvoiceBuilder.Mode.RUN, null, null).get(0);
      if (result.invoiceId() != null) {
        issuer.issue(List.of(result.invoiceId()));
      }
      return result;
    });
  }
}
