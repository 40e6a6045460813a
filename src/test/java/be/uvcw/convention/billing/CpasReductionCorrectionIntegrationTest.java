package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.lifecycle.NonRenewalNoticeService;
import be.uvcw.convention.lifecycle.NoticeLetter;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.PeppolValidator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CPAS reduction corrections on PostgreSQL (DOMAIN.md "Reduction changes after invoicing"): the
 * commune's convention starting mid-semester (the lifecycle's start, and a billing run catching a
 * missed start) and ending early by an accepted non-renewal, with exact amounts, documents that pass the
 * Peppol rules, and nothing corrected twice however often the event or the run comes back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CpasReductionCorrectionIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DraftInvoiceBuilder drafts;
  @Autowired InvoiceIssuer issuer;
  @Autowired InvoiceRepository invoices;
  @Autowired CreditNoteRepository creditNotes;
  @Autowired InvoiceDocuments documents;
  @Autowired BillingDocumentRenderer renderer;
  @Autowired CpasReductionCorrectionService corrections;
  @Autowired CpasReductionCorrections requests;
  @Autowired ConventionLifecycleProcess lifecycle;
  @Autowired NonRenewalNoticeService notices;

  private BillingFixtures fixtures;
  private long municipality;
  private long cpasOrganisation;
  private long communeOrganisation;

  @BeforeEach
  void anEntityWithItsCpasAndItsCommune() {
    BpmnAwareTests.init(engine);
    fixtures = new BillingFixtures(jdbc);
    municipality = fixtures.municipality();
    cpasOrganisation = fixtures.organisation(municipality, "CPAS");
    communeOrganisation = fixtures.organisation(municipality, "COMMUNE");
  }

  @AfterEach
  void tearDown() {
    fixtures.retire();
    ClockUtil.reset();
  }

  @Test
  void aCommuneActivatedMidSemesterGetsItsCpasCreditedHalfTheFeeForOctoberToDecemberOnce() throws Exception {
    today("2026-07-01");
    long cpas = fixtures.convention(cpasOrganisation, LocalDate.parse("2026-07-01"), null);
    Invoice july = invoices.findById(bill(cpas, "2026-07-01")).orElseThrow();
    assertThat(july.getTotalExclVat()).isEqualByComparingTo("492.00"); // 6 × 82.00, no commune yet

    // The commune signs on 2026-09-14: in force on 2026-10-01; onboarding reaches « Convention activée ».
    today("2026-09-20");
    long commune = fixtures.convention(communeOrganisation, LocalDate.parse("2026-10-01"), null);
    activated(commune);
    ProcessInstance correction = correctionOf(cpas);
    Jobs.runAll(management, correction.getId());
    assertThat(correction).hasPassed("EmettreCorrections", "EnvoyerCorrections", "ReductionCorrigee").isEnded();

    List<CreditNote> notes = creditNotes.findByInvoiceIdOrderById(july.getId());
    assertThat(notes).hasSize(1);
    CreditNote note = creditNotes.findByNumber(notes.get(0).getNumber()).orElseThrow();
    assertThat(note.getNumber()).startsWith("NC-2026-");
    assertThat(note.getTotalExclVat()).isEqualByComparingTo("123.00");
    assertThat(note.getVatAmount()).isEqualByComparingTo("25.83");
    assertThat(note.getTotalInclVat()).isEqualByComparingTo("148.83");
    assertThat(note.getState()).isEqualTo(CreditNote.State.SENT);
    assertThat(note.getLines()).extracting(CreditNoteLine::getMonth)
        .containsExactly(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01"));
    assertThat(note.getLines()).allSatisfy(line -> {
      assertThat(line.getAmount()).isEqualByComparingTo("41.00");
      assertThat(line.getKind()).isEqualTo(CreditNoteService.LineKind.REDUCTION);
    });
    // The months stay invoiced (once), now at 50 %.
    assertThat(net(cpas)).containsExactly(
        Map.entry("2026-07-01", "82.00"), Map.entry("2026-08-01", "82.00"), Map.entry("2026-09-01", "82.00"),
        Map.entry("2026-10-01", "41.00"), Map.entry("2026-11-01", "41.00"), Map.entry("2026-12-01", "41.00"));

    byte[] ubl = renderer.ubl(documents.of(note));
    PeppolValidator.assertValid(ubl);
    assertThat(new String(ubl, StandardCharsets.UTF_8)).contains("<cbc:ID>" + july.getNumber() + "</cbc:ID>");
    assertThat(mailsTo(cpasOrganisation, "Note de crédit " + note.getNumber() + "%")).isEqualTo(1);

    // The same event again, a billing run's sweep, the service itself: nothing is corrected twice.
    activated(commune);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CpasReductionCorrections.PROCESS_KEY)
        .processInstanceBusinessKey("convention-" + cpas).count()).isEqualTo(1);
    assertThat(corrections.conventionsWithMissedCorrections()).doesNotContain(cpas);
    assertThat(corrections.correct(cpas, "again").monthCount()).isZero();
    assertThat(creditNotes.findByInvoiceIdOrderById(july.getId())).hasSize(1);
    // ...and the database refuses a second correction of a month towards the same reduction.
    Map<String, Object> done = jdbc.queryForMap("select * from reduction_correction where convention_id = ? order by id limit 1", cpas);
    assertThatThrownBy(() -> jdbc.update("insert into reduction_correction (convention_id, month, corrected_line_id, from_percent,"
            + " to_percent, amount, credit_note_line_id, cause, corrected_at) values (?, ?, ?, 0, 50, 41.00, null, 'twice', now())",
        cpas, done.get("month"), done.get("corrected_line_id")))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aCommuneEndingEarlyByAcceptedNonRenewalGetsItsCpasASupplementaryInvoiceForTheMonthsAfter() throws Exception {
    today("2027-07-01");
    long commune = fixtures.convention(communeOrganisation, LocalDate.parse("2026-10-01"), null);
    long cpas = fixtures.convention(cpasOrganisation, LocalDate.parse("2027-07-01"), null);
    Invoice july = invoices.findById(bill(cpas, "2027-07-01")).orElseThrow();
    assertThat(july.getTotalExclVat()).isEqualByComparingTo("246.00"); // 6 × 41.00

    // The commune's letter arrives on 2027-08-20, before the deadline of 2027-09-01: it ends on 2027-09-30.
    today("2027-08-20");
    Jobs.runAll(management, lifecycle.start(commune));
    var notice = notices.registerAndFollowUp(commune, new NoticeLetter(LocalDate.parse("2027-08-20"),
        LocalDate.parse("2027-08-18"), "NR-2027-7", null), "agent");
    assertThat(notice.getEndDate()).isEqualTo(LocalDate.parse("2027-09-30"));
    ProcessInstance noticeProcess = runtime.createProcessInstanceQuery().processDefinitionKey("non-renewal-notice")
        .variableValueEquals("conventionId", commune).singleResult();
    Jobs.runAll(management, noticeProcess.getId());
    assertThat(noticeProcess).hasPassed("CorrectionReductionCpasDemandee").isEnded();
    ProcessInstance correction = correctionOf(cpas);
    Jobs.runAll(management, correction.getId());
    assertThat(correction).hasPassed("EnvoyerCorrections").isEnded();

    List<Invoice> supplementary = invoices.findByConventionIdOrderById(cpas).stream()
        .filter(i -> i.getKind() == Invoice.Kind.SUPPLEMENTARY).toList();
    assertThat(supplementary).hasSize(1);
    Invoice supplement = invoices.findByNumber(supplementary.get(0).getNumber()).orElseThrow();
    assertThat(supplement.getNumber()).startsWith("2027-");
    assertThat(supplement.getCorrectedInvoiceId()).isEqualTo(july.getId());
    assertThat(supplement.getTotalExclVat()).isEqualByComparingTo("123.00");
    assertThat(supplement.getVatAmount()).isEqualByComparingTo("25.83");
    assertThat(supplement.getTotalInclVat()).isEqualByComparingTo("148.83");
    assertThat(supplement.getDueDate()).isEqualTo(LocalDate.parse("2027-09-19")); // 30 days after 2027-08-20
    assertThat(supplement.getState()).isEqualTo(InvoiceState.SENT);
    assertThat(supplement.getLines()).extracting(InvoiceLine::getMonth)
        .containsExactly(LocalDate.parse("2027-10-01"), LocalDate.parse("2027-11-01"), LocalDate.parse("2027-12-01"));
    assertThat(supplement.getLines()).allSatisfy(l -> assertThat(l.getAmount()).isEqualByComparingTo("41.00"));
    assertThat(net(cpas)).containsExactly(
        Map.entry("2027-07-01", "41.00"), Map.entry("2027-08-01", "41.00"), Map.entry("2027-09-01", "41.00"),
        Map.entry("2027-10-01", "82.00"), Map.entry("2027-11-01", "82.00"), Map.entry("2027-12-01", "82.00"));

    var document = documents.of(supplement);
    byte[] ubl = renderer.ubl(document);
    PeppolValidator.assertValid(ubl);
    assertThat(new String(ubl, StandardCharsets.UTF_8)).contains("<cbc:DueDate>2027-09-19</cbc:DueDate>")
        .contains("<cac:BillingReference>").contains(july.getNumber());
    try (var pdf = Loader.loadPDF(renderer.pdf(document))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Facture complémentaire à la facture n° " + july.getNumber()).contains("Date d'échéance : 19/09/2027");
    }
    assertThat(mailsTo(cpasOrganisation, "Facture " + supplement.getNumber() + "%")).isEqualTo(1);

    // Again: nothing left to correct.
    assertThat(requests.requestAfterChangeOf(commune, "again")).isEmpty();
    assertThat(corrections.conventionsWithMissedCorrections()).doesNotContain(cpas);
    assertThat(corrections.correct(cpas, "again").monthCount()).isZero();
  }

  @Test
  void theNextBillingRunCorrectsWhatTheEventMissedAndARepeatedRunCorrectsNothing() {
    // Dated 2016 so that the run selects no other test's conventions.
    today("2016-07-01");
    long cpas = fixtures.convention(cpasOrganisation, LocalDate.parse("2016-07-01"), null);
    long july = bill(cpas, "2016-07-01");
    fixtures.convention(communeOrganisation, LocalDate.parse("2016-10-01"), null); // activated, but no event reached billing

    today("2017-01-01");
    ProcessInstance run = runtime.startProcessInstanceByKey("billing-run", withVariables("billingDate", "2017-01-01", "chunkSize", 50));
    assertThat(run).hasPassed("DemanderCorrectionsReduction");
    ProcessInstance correction = correctionOf(cpas);
    Jobs.runAll(management, correction.getId());
    Jobs.runAll(management, run.getId());
    complete(task(run), withVariables("decision", "APPROVE"));
    Jobs.runAll(management, run.getId());
    assertThat(run).isEnded();

    List<CreditNote> notes = creditNotes.findByInvoiceIdOrderById(july);
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getTotalExclVat()).isEqualByComparingTo("123.00");
    assertThat(net(cpas).values()).containsExactly("82.00", "82.00", "82.00", "41.00", "41.00", "41.00",
        "41.00", "41.00", "41.00", "41.00", "41.00", "41.00"); // July 2016 – June 2017, each month once

    ProcessInstance again = runtime.startProcessInstanceByKey("billing-run", withVariables("billingDate", "2017-01-01", "chunkSize", 50));
    assertThat(again).hasPassed("DemanderCorrectionsReduction");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CpasReductionCorrections.PROCESS_KEY)
        .processInstanceBusinessKey("convention-" + cpas).count()).isEqualTo(1);
    Jobs.runAll(management, again.getId());
    if (runtime.createProcessInstanceQuery().processInstanceId(again.getId()).count() > 0) {
      complete(task(again), withVariables("decision", "REJECT", "rejectionReason", "Rien à facturer"));
      Jobs.runAll(management, again.getId());
    }
    assertThat(creditNotes.findByInvoiceIdOrderById(july)).hasSize(1);
  }

  /** Onboarding's « Convention activée »: the lifecycle starts by message and its first step asks for the correction. */
  private void activated(long conventionId) {
    String lifecycleId = new TransactionTemplate(transactions).execute(status -> lifecycle.start(conventionId));
    Jobs.runAll(management, lifecycleId);
  }

  private ProcessInstance correctionOf(long cpasConventionId) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(CpasReductionCorrections.PROCESS_KEY)
        .processInstanceBusinessKey("convention-" + cpasConventionId).singleResult();
    assertThat(pi).as("correction of convention %s", cpasConventionId).isNotNull();
    return pi;
  }

  /** What each covered month is invoiced at, net of credit notes (view billed_month_net). */
  private Map<String, String> net(long conventionId) {
    Map<String, String> net = new java.util.LinkedHashMap<>();
    jdbc.query("select month, net_amount from billed_month_net where convention_id = ? order by month",
        rs -> { net.put(rs.getObject(1, LocalDate.class).toString(), rs.getBigDecimal(2).setScale(2).toPlainString()); }, conventionId);
    return net;
  }

  private int mailsTo(long organisationId, String subjectPattern) {
    return jdbc.queryForObject("select count(*) from outgoing_mail where organisation_id = ? and subject like ? and status = 'SENT'"
        + " and attachment_names like '%.pdf%' and attachment_names like '%.xml%'", Integer.class, organisationId, subjectPattern);
  }

  private long bill(long conventionId, String billingDate) {
    return new TransactionTemplate(transactions).execute(status -> {
      var result = drafts.build(List.of(conventionId), LocalDate.parse(billingDate), DraftInvoiceBuilder.Mode.RUN, null, null).get(0);
      issuer.issue(List.of(result.invoiceId()));
      return result.invoiceId();
    });
  }

  private static void today(String day) {
    be.uvcw.convention.testsupport.Timers.today(LocalDate.parse(day));
  }
}
