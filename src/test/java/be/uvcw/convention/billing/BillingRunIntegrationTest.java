package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.notification.MailOutbox;
import com.icegreen.greenmail.util.GreenMail;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.PeppolValidator;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Billing runs on PostgreSQL, end to end: totals of a mixed run, repeat, crash and resume,
 * concurrent runs, first invoices and credit notes, and the documents (Peppol UBL, EPC QR).
 * The billing tables are cleaned first and the conventions are dated 2017–2021, so the run's
 * global counts are this test's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BillingRunIntegrationTest {

  private static final LocalDate JULY_2021 = LocalDate.of(2021, 7, 1);
  private static final LocalDate JANUARY_2021 = LocalDate.of(2021, 1, 1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired InvoicingService invoicing;
  @Autowired CreditNoteService creditNotes;
  @Autowired InvoiceSender sender;
  @Autowired InvoiceRepository invoices;
  @Autowired CreditNoteRepository creditNoteRepository;
  @Autowired InvoiceDocuments documents;
  @Autowired BillingDocumentRenderer renderer;
  @Autowired BillingRunService runs;
  @Autowired MailOutbox outbox;
  @Autowired GreenMail smtp;

  private BillingFixtures fixtures;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fixtures = BillingFixtures.onCleanTables(jdbc);
  }

  @AfterEach
  void tearDown() {
    BillingFixtures.healInvoices(jdbc);
    fixtures.retire();
    ClockUtil.reset();
  }

  private static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant()));
  }

  private ProcessInstance startRun(LocalDate billingDate, int chunkSize) {
    return runtime.startProcessInstanceByKey("billing-run",
        withVariables("billingDate", billingDate.toString(), "chunkSize", chunkSize));
  }

  private long runId(ProcessInstance pi) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("runId").singleResult().getValue()).longValue();
  }

  private void approve(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("VerifierFacturation");
    complete(task(pi), withVariables("decision", "APPROVE"));
    Jobs.runAll(management, pi.getId());
    assertThat(pi).isEnded();
  }

  private void firstInvoice(long conventionId) {
    assertThat(invoicing.issueFirstInvoice(conventionId)).isPresent();
  }

  private int duplicateMonths() {
    return jdbc.queryForObject("select count(*) from (select l.convention_id, l.month from invoice_line l"
        + " where not exists (select 1 from credit_note_line c where c.invoice_line_id = l.id)"
        + " group by l.convention_id, l.month having count(*) > 1) d", Integer.class);
  }

  @Test
  void aMixedRunOverFiftySixConventionsGivesTheExpectedTotalsAndRepeatingItAddsNothing() {
    today(LocalDate.of(2020, 12, 20));
    List<Long> communes = new ArrayList<>();
    for (int i = 0; i < 15; i++) { // communes in force since January, first invoice January-June
      long municipality = fixtures.municipality();
      long commune = fixtures.convention(fixtures.organisation(municipality, "COMMUNE"), JANUARY_2021, null);
      long cpas = fixtures.convention(fixtures.organisation(municipality, "CPAS"), JANUARY_2021, null);
      firstInvoice(commune);
      firstInvoice(cpas); // ...and their CPAS, at 41.00 a month
      communes.add(commune);
    }
    for (int i = 0; i < 10; i++) { // CPAS without a commune convention, never invoiced (catch-up April-December)
      fixtures.conventionFor("CPAS", LocalDate.of(2021, 4, 1), null);
    }
    for (int i = 0; i < 5; i++) { // non-renewal accepted: ends 2021-09-30, never invoiced
      fixtures.conventionFor("COMMUNE", LocalDate.of(2020, 10, 1), LocalDate.of(2021, 9, 30));
    }
    for (int i = 0; i < 5; i++) { // the 48-month limit falls mid-semester (2021-09-30), never invoiced
      fixtures.conventionFor("COMMUNE", LocalDate.of(2017, 10, 1), null);
    }
    for (int i = 0; i < 3; i++) { // the commune signs mid-semester: in force from October, reduction from October
      long municipality = fixtures.municipality();
      firstInvoice(fixtures.convention(fixtures.organisation(municipality, "CPAS"), JANUARY_2021, null));
      fixtures.convention(fixtures.organisation(municipality, "COMMUNE"), LocalDate.of(2021, 10, 1), null);
    }
    for (int i = 0; i < 2; i++) { // still under review: never billed
      fixtures.convention(fixtures.organisation(fixtures.municipality(), "COMMUNE"), JANUARY_2021, null, "UNDER_REVIEW");
    }

    today(JULY_2021);
    ProcessInstance pi = startRun(JULY_2021, 10);
    Jobs.runAll(management, pi.getId());
    assertThat(pi).isWaitingAt("VerifierFacturation");
    var summary = runs.summary(runId(pi));
    assertThat(summary.invoiceCount()).isEqualTo(56);
    assertThat(summary.errorCount()).isZero();
    // 15 x 492 + 15 x 246 + 10 x 738 + 5 x 984 + 5 x 3936 + 3 x 369 + 3 x 246
    assertThat(summary.totalExclVat()).isEqualTo(new BigDecimal("44895.00"));
    // VAT per invoice, half-up: 103.32, 51.66, 154.98, 206.64, 826.56, 77.49, 51.66
    assertThat(summary.vatAmount()).isEqualTo(new BigDecimal("9427.95"));
    assertThat(summary.totalInclVat()).isEqualTo(new BigDecimal("54322.95"));
    assertThat(jdbc.queryForList("select distinct total_excl_vat from invoice where run_id = ? and convention_id = any(?)",
        BigDecimal.class, runId(pi), communes.toArray(Long[]::new))).containsExactly(new BigDecimal("492.00"));

    approve(pi);
    var sent = runs.summary(runId(pi));
    assertThat(sent.sentCount()).isEqualTo(56);
    assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where subject like 'Facture 2021-%' and status = 'SENT'"
        + " and attachment_names like '%.pdf, %.xml'", Integer.class)).isGreaterThanOrEqualTo(56);
    // the mail tells what to pay, to which account (from the supplier settings) and with which communication, in French
    String body = jdbc.queryForObject("select body from outgoing_mail where subject like 'Facture 2021-%' order by id limit 1", String.class);
    assertThat(body).contains("sur le compte BE09 0910 1158 4657", "TVAC, au plus tard le ", "avec la communication structurée +++")
        .containsPattern("Montant à payer : \\d[\\d\u00A0]*,\\d{2}\u00A0€");

    // every UBL of the run passes the Peppol BIS Billing 3.0 rules
    List<Long> ids = jdbc.queryForList("select id from invoice where run_id = ?", Long.class, runId(pi));
    for (Invoice invoice : invoices.findByIdIn(ids)) {
      assertThat(PeppolValidator.errors(renderer.ubl(documents.of(invoice)))).as(invoice.getNumber()).isEmpty();
    }

    // repeated: nothing more to bill
    ProcessInstance again = startRun(JULY_2021, 10);
    assertThat(BillingRunVariables.CONVENTION_COUNT.get(runtime, again.getId())).isZero();
    Jobs.runAll(management, again.getId());
    assertThat(runs.summary(runId(again)).invoiceCount()).isZero();
    approve(again);
    assertThat(duplicateMonths()).isZero();
  }

  @Test
  void aRunWhoseJobsFailHalfwayThenResumeInvoicesEachMonthOnceWithGapFreeNumbers() {
    for (int i = 0; i < 30; i++) {
      fixtures.conventionFor("COMMUNE", JANUARY_2021, null);
    }
    List<Long> conventions = fixtures.conventions();
    today(JULY_2021);
    ProcessInstance pi = startRun(JULY_2021, 5);
    assertThat(BillingRunVariables.CHUNK_COUNT.get(runtime, pi.getId())).isEqualTo(6);

    // building: the third chunk crashes, the others go through
    BillingFixtures.breakInvoicesOf(jdbc, conventions.get(12));
    Job failed = runFailing(pi, "PreparerFacturesParLot");
    assertThat(jdbc.queryForObject("select count(*) from invoice where run_id = ?", Integer.class, runId(pi))).isEqualTo(25);
    BillingFixtures.healInvoices(jdbc);
    management.setJobRetries(failed.getId(), 1);
    management.executeJob(failed.getId());
    Jobs.runAll(management, pi.getId());
    assertThat(runs.summary(runId(pi)).invoiceCount()).isEqualTo(30);

    // issuing: the fifth chunk crashes after others took their numbers; its numbers are given back
    assertThat(pi).isWaitingAt("VerifierFacturation");
    complete(task(pi), withVariables("decision", "APPROVE"));
    BillingFixtures.breakInvoicesOf(jdbc, conventions.get(22));
    failed = runFailing(pi, "EmettreFacturesParLot");
    assertThat(jdbc.queryForObject("select count(*) from invoice where run_id = ? and state = 'ISSUED'", Integer.class, runId(pi)))
        .isEqualTo(25);
    assertThat(jdbc.queryForObject("select last_value from document_counter where year = 2021 and kind = 'INVOICE'", Integer.class))
        .isEqualTo(25);
    BillingFixtures.healInvoices(jdbc);
    management.setJobRetries(failed.getId(), 1);
    management.executeJob(failed.getId());
    Jobs.runAll(management, pi.getId());
    assertThat(pi).isEnded();

    assertThat(jdbc.queryForList("select number_sequence from invoice where run_id = ? order by number_sequence", Integer.class, runId(pi)))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
    assertThat(jdbc.queryForList("select number from invoice where run_id = ? order by number", String.class, runId(pi)))
        .startsWith("2021-00001").endsWith("2021-00030");
    assertThat(jdbc.queryForObject("select count(*) from invoice_line where convention_id = any(?)", Integer.class,
        (Object) conventions.toArray(Long[]::new))).isEqualTo(30 * 12);
    assertThat(duplicateMonths()).isZero();
  }

  /** Runs every job of that activity once; the one that fails is run until its retries are spent (an incident). */
  private Job runFailing(ProcessInstance pi, String activityId) {
    // first the steps before that activity (e.g. recording the approval)
    while (management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).count() == 0) {
      management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).executable().list().get(0).getId());
    }
    Job failing = null;
    for (Job job : management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list()) {
      if (!Jobs.tryRun(management, job.getId())) {
        failing = job;
      }
    }
    assertThat(failing).as("a failing job").isNotNull();
    while (management.createJobQuery().jobId(failing.getId()).singleResult().getRetries() > 0) {
      Jobs.tryRun(management, failing.getId());
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    // the other chunks completed: run what follows them (the multi-instance waits for the failed one)
    for (Job job : management.createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      management.executeJob(job.getId());
    }
    return failing;
  }

  @Test
  void twoRunsStartedAtOnceInvoiceNothingTwice() throws Exception {
    for (int i = 0; i < 20; i++) {
      fixtures.conventionFor("COMMUNE", JULY_2021, null);
    }
    today(JULY_2021);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      // the same billing date twice at the same moment: the run-level guard lets one through
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<String>> starts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        starts.add(threads.submit(() -> {
          together.await();
          try {
            return startRun(JULY_2021, 5).getId();
          } catch (RuntimeException refused) {
            return "refused: " + refused.getMessage();
          }
        }));
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> start : starts) {
        outcomes.add(start.get());
      }
      assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).hasSize(1)
          .allMatch(o -> o.contains("déjà en cours"));
      ProcessInstance first = runtime.createProcessInstanceQuery()
          .processInstanceId(outcomes.stream().filter(o -> !o.startsWith("refused")).findFirst().orElseThrow()).singleResult();

      // the next semester's run (the only other plausible date, BillingDatePolicy) also covers July–December:
      // both build at once, the database arbitrates
      ProcessInstance second = startRun(LocalDate.of(2022, 1, 1), 5);
      CyclicBarrier build = new CyclicBarrier(2);
      Future<?> a = threads.submit(() -> drain(first, build));
      Future<?> b = threads.submit(() -> drain(second, build));
      a.get();
      b.get();

      assertThat(first).isWaitingAt("VerifierFacturation");
      assertThat(second).isWaitingAt("VerifierFacturation");
      assertThat(runs.summary(runId(first)).invoiceCount() + runs.summary(runId(second)).invoiceCount()).isBetween(20, 40);
      assertThat(jdbc.queryForObject("select count(*) from invoice_line where convention_id = any(?)", Integer.class,
          (Object) fixtures.conventions().toArray(Long[]::new))).isEqualTo(20 * 12);
      assertThat(duplicateMonths()).isZero();
    } finally {
      threads.shutdownNow();
    }
  }

  /** What the job executor does: run due jobs, and a failed one again (its retries), until the process waits for a person. */
  private Void drain(ProcessInstance pi, CyclicBarrier start) throws Exception {
    start.await();
    for (int round = 0; round < 200; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).withRetriesLeft().list();
      if (jobs.isEmpty()) {
        return null;
      }
      for (Job job : jobs) {
        Jobs.tryRun(management, job.getId());
      }
    }
    throw new AssertionError("jobs keep failing for " + pi.getId());
  }

  @Test
  void theFirstInvoiceCoversTheFullMonthsToTheEndOfTheSemesterOnce() throws Exception {
    today(LocalDate.of(2021, 3, 15));
    long april = fixtures.conventionFor("CPAS", LocalDate.of(2021, 4, 1), null);
    Invoice invoice = invoicing.issueFirstInvoice(april).orElseThrow();
    assertThat(invoice.getNumber()).isEqualTo("2021-00001");
    assertThat(invoice.getState()).isEqualTo(InvoiceState.ISSUED);
    assertThat(invoice.getLines()).extracting(InvoiceLine::getMonth)
        .containsExactly(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 1), LocalDate.of(2021, 6, 1));
    assertThat(invoice.getTotalExclVat()).isEqualTo(new BigDecimal("246.00"));
    assertThat(invoice.getVatAmount()).isEqualTo(new BigDecimal("51.66"));
    assertThat(invoice.communication().formatted()).isEqualTo(StructuredCommunication.forDocument(2021, false, 1).formatted());
    assertThat(invoicing.issueFirstInvoice(april)).as("a retried job bills nothing twice").isEmpty();

    long july = fixtures.conventionFor("COMMUNE", JULY_2021, null);
    assertThat(invoicing.issueFirstInvoice(july).orElseThrow().getLines()).hasSize(6);

    // the documents: Peppol-valid UBL, and an EPC QR code with the exact transfer
    InvoiceDocument document = documents.of(invoice);
    PeppolValidator.assertValid(renderer.ubl(document));
    assertThat(decodeQr(renderer.pdf(document))).isEqualTo(String.join("\n", "BCD", "002", "1", "SCT", "GKCCBEBB",
        "Union des Villes et Communes de Wallonie asbl", "BE09091011584657", "EUR297.66", "", invoice.getStructuredCommunication()));
    sender.sendInvoice(invoice.getId());
    assertThat(invoices.findByNumber("2021-00001").orElseThrow().getState()).isEqualTo(InvoiceState.SENT);
  }

  @Test
  void aMailThatFailsLeavesOnlyItsInvoiceToSendAgain() {
    today(LocalDate.of(2021, 3, 15));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(invoicing.issueFirstInvoice(fixtures.conventionFor("COMMUNE", LocalDate.of(2021, 4, 1), null)).orElseThrow().getId());
    }
    String email = jdbc.queryForObject("select customer_email from invoice where id = ?", String.class, ids.get(1));
    // two addresses in one: refused before SMTP, like a bad billing address
    jdbc.update("update invoice set customer_email = ? where id = ?", email + ", autre@exemple.be", ids.get(1));

    assertThat(sender.sendInvoices(ids)).as("three mails queued").isEqualTo(3);
    assertThat(invoiceStates(ids)).containsExactly("SENT", "ISSUED", "SENT");
    long failed = jdbc.queryForObject("select id from outgoing_mail where document_kind = 'invoice' and document_id = ?", Long.class, ids.get(1));
    assertThat(jdbc.queryForObject("select status from outgoing_mail where id = ?", String.class, failed)).isEqualTo("FAILED");

    // the step repeated queues nothing twice (one mail per invoice), and finance resends the failed one to the right address
    assertThat(sender.sendInvoices(ids)).isZero();
    assertThat(outbox.resend(failed, email)).isTrue();
    assertThat(invoiceStates(ids)).containsExactly("SENT", "SENT", "SENT");
    for (Long id : ids) {
      // each organisation's billing address is its own: only the invoice that had failed went again
      assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where document_kind = 'invoice' and document_id = ?"
          + " and status = 'SENT'", Integer.class, id)).as("invoice %s mailed once", id).isEqualTo(1);
      String recipient = jdbc.queryForObject("select recipient from outgoing_mail where document_kind = 'invoice' and document_id = ?",
          String.class, id);
      assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, recipient)).count()).as("received by %s", recipient).isEqualTo(1);
    }
  }

  private static boolean sentTo(jakarta.mail.internet.MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private List<String> invoiceStates(List<Long> ids) {
    return ids.stream().map(id -> jdbc.queryForObject("select state from invoice where id = ?", String.class, id)).toList();
  }

  @Test
  void creditNotesGiveMonthsBackWithoutEditingTheInvoice() {
    today(LocalDate.of(2020, 12, 20));
    long convention = fixtures.conventionFor("COMMUNE", JANUARY_2021, null);
    Invoice invoice = invoicing.issueFirstInvoice(convention).orElseThrow();

    // an early end on 2021-03-31 (lifecycle): April to June are credited
    today(LocalDate.of(2021, 3, 10));
    jdbc.update("update convention set end_date = date '2021-03-31' where id = ?", convention);
    List<String> numbers = creditNotes.creditMonths(convention,
        List.of(YearMonth.of(2021, 4), YearMonth.of(2021, 5), YearMonth.of(2021, 6)), "Fin anticipée de la convention");
    assertThat(numbers).containsExactly("NC-2021-00001");
    CreditNote note = creditNoteRepository.findByNumber("NC-2021-00001").orElseThrow();
    assertThat(note.getTotalExclVat()).isEqualTo(new BigDecimal("246.00"));
    assertThat(note.getVatAmount()).isEqualTo(new BigDecimal("51.66"));
    assertThat(note.getLines()).hasSize(3);
    Invoice unchanged = invoices.findByNumber(invoice.getNumber()).orElseThrow();
    assertThat(unchanged.getTotalExclVat()).isEqualTo(new BigDecimal("492.00"));
    assertThat(unchanged.getLines()).hasSize(6);

    // crediting a month twice is refused; a month never invoiced is simply not there
    assertThatThrownBy(() -> creditNotes.creditInvoiceMonths(invoice.getNumber(), List.of(YearMonth.of(2021, 5)), "Encore"))
        .isInstanceOf(BillingConflictException.class);
    assertThat(creditNotes.creditMonths(convention, List.of(YearMonth.of(2021, 8)), "Rien")).isEmpty();

    PeppolValidator.assertValid(renderer.ubl(documents.of(note)));
    sender.sendCreditNote("NC-2021-00001");
    assertThat(creditNoteRepository.findByNumber("NC-2021-00001").orElseThrow().getState()).isEqualTo(CreditNote.State.SENT);

    // the next run does not bill the credited months again: the convention has ended
    today(JULY_2021);
    ProcessInstance pi = startRun(JULY_2021, 10);
    Jobs.runAll(management, pi.getId());
    assertThat(jdbc.queryForObject("select count(*) from invoice where run_id = ? and convention_id = ?", Integer.class,
        runId(pi), convention)).isZero();
  }

  static String decodeQr(byte[] pdf) throws Exception {
    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
    }
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"))
        .getText();
  }
}
