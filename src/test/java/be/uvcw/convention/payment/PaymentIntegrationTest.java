package be.uvcw.convention.payment;

import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle;
import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.billing.InvoiceBalanceChanged;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.payment.PaymentFixtures.IssuedInvoice;
import be.uvcw.convention.payment.StatementFiles.Line;
import be.uvcw.convention.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Payments on PostgreSQL over HTTP, with statement files written as the banks do: a billing run's
 * invoices paid by camt.053 .001.02 and .001.08 statements, the same statement twice, an unmatched
 * CODA credit decided by finance in « Rapprocher un paiement », undo, and who may do what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class PaymentIntegrationTest {

  private static final LocalDate JULY_2016 = LocalDate.of(2016, 7, 1);
  private static final LocalDate JANUARY_2017 = LocalDate.of(2017, 1, 1);
  private static final LocalDate PAID_ON = LocalDate.of(2016, 7, 20);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired PaymentService payments;
  @Autowired ApplicationEvents events;

  private PaymentFixtures fixtures;
  private PaymentApi api;
  private String finance;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    fixtures = new PaymentFixtures(jdbc, runtime, management);
    fixtures.clean();
    api = new PaymentApi(port, json, identity);
    finance = api.user(Groups.FINANCE);
  }

  @AfterEach
  void tearDown() {
    fixtures.clean();
    fixtures.billing.retire();
    ClockUtil.reset();
  }

  private List<IssuedInvoice> invoices(int count) {
    List<Long> conventions = java.util.stream.IntStream.range(0, count).mapToObj(i -> fixtures.convention(JULY_2016)).toList();
    return fixtures.billingRun(JULY_2016, conventions);
  }

  private JsonNode invoiceJson(IssuedInvoice invoice) throws Exception {
    PaymentApi.Answer answer = api.call("GET", "/api/invoices?organisationId=" + invoice.organisationId(), null, finance);
    assertThat(answer.status()).isEqualTo(200);
    return StreamSupport.stream(answer.json().spliterator(), false).filter(i -> i.get("number").asText().equals(invoice.number()))
        .findFirst().orElseThrow();
  }

  private Task matchingTask(long creditId) {
    return tasks.createTaskQuery().processDefinitionKey(PaymentMatchingProcess.KEY)
        .processInstanceBusinessKey(PaymentMatchingProcess.businessKey(creditId)).singleResult();
  }

  @Test
  void aBillingRunsInvoicesArePaidByCamtStatementsAndTheSameStatementTwiceAddsNothing() throws Exception {
    List<IssuedInvoice> run = invoices(3);
    IssuedInvoice a = run.get(0);
    IssuedInvoice b = run.get(1);
    IssuedInvoice c = run.get(2);
    assertThat(a.total()).isEqualByComparingTo("595.32"); // July–December 2016: 6 × 82.00 + 21 % VAT
    List<Line> lines = List.of(
        Line.credit("CAMT-A", PAID_ON, "595.32", "Commune A", "BE68539007547034", a.structuredCommunication(), null),
        Line.credit("CAMT-B", PAID_ON, "300.00", "Commune B", "BE62510007547061", b.structuredCommunication(), null),
        Line.credit("CAMT-C", PAID_ON, "600.00", "Commune C", "BE43068999999501", null, "Facture " + c.number() + " merci"),
        Line.debit("CAMT-D", PAID_ON, "1200.00", "Fournisseur SA"),
        Line.credit("CAMT-E", PAID_ON, "12.34", "Inconnu", "BE71096123456769", null, "don"));
    byte[] statement = StatementFiles.camt02("2016-135", PAID_ON, lines);

    PaymentApi.Answer imported = api.upload("releve-135.xml", statement, finance);
    assertThat(imported.status()).as(new String(imported.body())).isEqualTo(201);
    assertThat(imported.json().get("format").asText()).isEqualTo("CAMT_053_001_02");
    assertThat(imported.json().get("creditsAdded").asInt()).isEqualTo(4);
    assertThat(imported.json().get("debitsIgnored").asInt()).isEqualTo(1);
    assertThat(imported.json().get("matched").asInt()).isEqualTo(2);
    assertThat(imported.json().get("partlyAllocated").asInt()).isEqualTo(1);
    assertThat(imported.json().get("unmatched").asInt()).isEqualTo(1);

    // states in the invoice JSON, from invoice_balance
    assertThat(invoiceJson(a).get("receivableState").asText()).isEqualTo("PAID");
    JsonNode partly = invoiceJson(b);
    assertThat(partly.get("receivableState").asText()).isEqualTo("PARTLY_PAID");
    assertThat(partly.get("receivableStateLabel").asText()).isEqualTo("Partiellement payée");
    assertThat(partly.get("outstanding").decimalValue()).isEqualByComparingTo("295.32");
    assertThat(invoiceJson(c).get("receivableState").asText()).isEqualTo("PAID");
    // the over-payment's rest stays on the credit, visible
    JsonNode rest = api.call("GET", "/api/bank-credits?state=PARTLY_MATCHED", null, finance).json();
    assertThat(rest).singleElement().satisfies(credit -> {
      assertThat(credit.get("unallocated").decimalValue()).isEqualByComparingTo("4.68");
      assertThat(credit.get("allocations").get(0).get("method").asText()).isEqualTo("INVOICE_NUMBER");
    });
    // the unmatched credit waits for finance
    Task task = matchingTask(fixtures.creditId("CAMT-E"));
    assertThat(task.getName()).isEqualTo("Rapprocher un paiement");
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> Groups.FINANCE.equals(l.getGroupId()));

    // the same statement twice adds nothing
    int credits = fixtures.count("bank_credit");
    int allocations = fixtures.count("payment_allocation");
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey(PaymentMatchingProcess.KEY).count();
    PaymentApi.Answer again = api.upload("copie.xml", statement, finance);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("alreadyImported").asBoolean()).isTrue();
    assertThat(again.json().get("message").asText()).contains("déjà été importé");
    assertThat(fixtures.count("bank_credit")).isEqualTo(credits);
    assertThat(fixtures.count("payment_allocation")).isEqualTo(allocations);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentMatchingProcess.KEY).count()).isEqualTo(instances);

    // the next statement, in camt.053.001.08, repeats three credits and adds B's rest: only that one is added
    List<Line> next = List.of(lines.get(0), lines.get(1), lines.get(2),
        Line.credit("CAMT-F", PAID_ON.plusDays(1), "295.32", "Commune B", "BE62510007547061", b.structuredCommunication(), null));
    PaymentApi.Answer second = api.upload("releve-136.xml", StatementFiles.camt08("2016-136", PAID_ON.plusDays(1), next), finance);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("format").asText()).isEqualTo("CAMT_053_001_08");
    assertThat(second.json().get("creditsAdded").asInt()).isEqualTo(1);
    assertThat(second.json().get("creditsAlreadyKnown").asInt()).isEqualTo(3);
    assertThat(fixtures.count("bank_credit")).isEqualTo(credits + 1);
    assertThat(invoiceJson(b).get("receivableState").asText()).isEqualTo("PAID");
    assertThat(fixtures.outstanding(b)).isEqualByComparingTo("0");

    // the yearly ledger shows the states with paid and outstanding columns
    PaymentApi.Answer ledger = api.call("GET", "/api/ledgers/2016.xlsx", null, finance);
    assertThat(ledger.status()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(2);
      assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Payé");
      assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Solde dû");
      Row rowA = StreamSupport.stream(sheet.spliterator(), false)
          .filter(r -> r.getCell(0) != null && a.number().equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
      assertThat(rowA.getCell(12).getStringCellValue()).isEqualTo("Payée");
      assertThat(rowA.getCell(13).getNumericCellValue()).isEqualTo(595.32);
      assertThat(rowA.getCell(14).getNumericCellValue()).isZero();
    }
  }

  @Test
  void anUnmatchedCodaCreditOpensTheFinanceTaskAndFinancesChoiceRecordsThePayment() throws Exception {
    long convention = fixtures.convention(JULY_2016);
    IssuedInvoice first = fixtures.billingRun(JULY_2016, List.of(convention)).get(0);
    String payerIban = "BE62510007547061";
    byte[] coda = StatementFiles.coda(135, PAID_ON,
        List.of(Line.credit("CODA0001", PAID_ON, "595.32", "Administration communale", payerIban, null, "cotisation CommunesPlone")));

    PaymentApi.Answer imported = api.upload("releve.cod", coda, finance);
    assertThat(imported.status()).as(new String(imported.body())).isEqualTo(201);
    assertThat(imported.json().get("format").asText()).isEqualTo("CODA");
    assertThat(imported.json().get("unmatched").asInt()).isEqualTo(1);
    long creditId = fixtures.creditId("CODA0001");
    Task task = matchingTask(creditId);
    assertThat(task).isNotNull();
    // the likely invoice is proposed in the form's select, with its organisation and what it still asks
    String candidates = runtime.getVariable(task.getProcessInstanceId(), "candidates").toString();
    assertThat(candidates).contains("\"value\":\"" + first.number() + "\"", "reste dû 595,32");
    assertThat(assertFrenchStyle(runtime.getVariable(task.getProcessInstanceId(), "creditSummary").toString()))
        .contains("595,32", "cotisation CommunesPlone", payerIban, "Factures probables :\n- " + first.number());

    // staff may not decide it; a bad choice is refused and the task stays open
    String staff = api.user(Groups.UNION_STAFF);
    String allocate = "{\"variables\":{\"decision\":{\"value\":\"ALLOCATE\"},\"invoiceNumber\":{\"value\":\"" + first.number() + "\"}}}";
    assertThat(api.call("POST", "/engine-rest/task/" + task.getId() + "/submit-form", allocate, staff).status()).isNotEqualTo(204);
    String tooMuch = "{\"variables\":{\"decision\":{\"value\":\"ALLOCATE\"},\"invoiceNumber\":{\"value\":\"" + first.number()
        + "\"},\"amount\":{\"value\":700.0}}}";
    assertThat(api.call("POST", "/engine-rest/task/" + task.getId() + "/submit-form", tooMuch, finance).status()).isNotEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    // finance's choice records the payment
    assertThat(api.call("POST", "/engine-rest/task/" + task.getId() + "/submit-form", allocate, finance).status()).isEqualTo(204);
    Jobs.runAll(management, task.getProcessInstanceId());
    BpmnAwareTests.assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult())
        .isNull();
    assertThat(fixtures.outstanding(first)).isEqualByComparingTo("0");
    Map<String, Object> allocation = jdbc.queryForMap("select method, allocated_by, amount from payment_allocation where bank_credit_id = ?",
        creditId);
    assertThat(allocation).containsEntry("method", "MANUAL").containsEntry("allocated_by", finance);
    assertThat((BigDecimal) allocation.get("amount")).isEqualByComparingTo("595.32");
    assertThat(invoiceJson(first).get("receivableState").asText()).isEqualTo("PAID");

    // that account is now known: the next semester's transfer of the same amount is matched by amount and IBAN
    IssuedInvoice second = fixtures.billingRun(JANUARY_2017, List.of(convention)).get(0);
    LocalDate paid = LocalDate.of(2017, 1, 25);
    PaymentApi.Answer next = api.upload("releve2.cod", StatementFiles.coda(12, paid,
        List.of(Line.credit("CODA0002", paid, "595.32", "Administration communale", payerIban, null, "cotisation"))), finance);
    assertThat(next.json().get("matched").asInt()).as(new String(next.body())).isEqualTo(1);
    assertThat(jdbc.queryForObject("select method from payment_allocation where invoice_id = ?", String.class, second.id()))
        .isEqualTo("AMOUNT_AND_IBAN");
  }

  @Test
  void financeSetsACreditAsideWithAReasonInTheTask() throws Exception {
    invoices(1);
    api.upload("r.xml", StatementFiles.camt08("2016-200", PAID_ON,
        List.of(Line.credit("REFUND1", PAID_ON, "25.00", "SPF Finances", "BE71096123456769", null, "remboursement précompte"))), finance);
    Task task = matchingTask(fixtures.creditId("REFUND1"));
    String aside = "{\"variables\":{\"decision\":{\"value\":\"NOT_AN_INVOICE_PAYMENT\"},\"decisionReason\":{\"value\":\"Remboursement du SPF Finances\"}}}";
    assertThat(api.call("POST", "/engine-rest/task/" + task.getId() + "/submit-form", aside, finance).status()).isEqualTo(204);
    Jobs.runAll(management, task.getProcessInstanceId());
    assertThat(jdbc.queryForMap("select state, ignored_by, ignored_reason from bank_credit where entry_ref = 'REFUND1'"))
        .containsEntry("state", "IGNORED").containsEntry("ignored_by", finance)
        .containsEntry("ignored_reason", "Remboursement du SPF Finances");
  }

  @Test
  void financeUndoesAMatchWithAReasonAndTheInvoiceIsDueAgain() throws Exception {
    List<IssuedInvoice> run = invoices(2);
    IssuedInvoice u = run.get(0);
    IssuedInvoice v = run.get(1);
    api.upload("r.xml", StatementFiles.camt08("2016-300", PAID_ON, List.of(
        Line.credit("PAY-U", PAID_ON, "595.32", "Commune U", "BE68539007547034", u.structuredCommunication(), null),
        Line.credit("PAY-V", PAID_ON, "595.32", "Commune V", "BE62510007547061", v.structuredCommunication(), null))), finance);
    assertThat(fixtures.outstanding(u)).isEqualByComparingTo("0");
    long allocationU = jdbc.queryForObject("select id from payment_allocation where invoice_id = ?", Long.class, u.id());

    String staff = api.user(Groups.UNION_STAFF);
    assertThat(api.call("POST", "/api/payment-allocations/" + allocationU + "/undo", "{\"reason\":\"erreur\"}", staff).status())
        .isEqualTo(403);
    assertThat(api.call("POST", "/api/payment-allocations/" + allocationU + "/undo", "{}", finance).status()).isEqualTo(400);

    PaymentApi.Answer undone = api.call("POST", "/api/payment-allocations/" + allocationU + "/undo",
        "{\"reason\":\"Virement de la commune voisine, mauvaise communication\"}", finance);
    assertThat(undone.status()).as(new String(undone.body())).isEqualTo(200);
    assertThat(undone.json().get("state").asText()).isEqualTo("UNMATCHED");
    assertThat(jdbc.queryForMap("select undone_by, undo_reason, undone_at is not null as undone from payment_allocation where id = ?",
        allocationU)).containsEntry("undone_by", finance).containsEntry("undone", true)
        .containsEntry("undo_reason", "Virement de la commune voisine, mauvaise communication");
    assertThat(fixtures.outstanding(u)).isEqualByComparingTo("595.32");
    assertThat(invoiceJson(u).get("receivableState").asText()).isEqualTo("SENT");
    // the credit goes back to finance, and undoing twice is refused
    assertThat(matchingTask(fixtures.creditId("PAY-U"))).isNotNull();
    assertThat(api.call("POST", "/api/payment-allocations/" + allocationU + "/undo", "{\"reason\":\"encore\"}", finance).status())
        .isEqualTo(409);
    // the history of the invoice keeps the undone payment
    JsonNode history = api.call("GET", "/api/invoices/" + u.number() + "/payments", null, finance).json();
    assertThat(history).singleElement().satisfies(p -> assertThat(p.get("undoReason").asText()).contains("commune voisine"));

    // allocating and undoing publish InvoiceBalanceChanged in the transaction (the reminders stop or resume on it)
    long allocationV = jdbc.queryForObject("select id from payment_allocation where invoice_id = ?", Long.class, v.id());
    payments.undo(allocationV, "Essai", finance);
    assertThat(events.stream(InvoiceBalanceChanged.class)).containsExactly(new InvoiceBalanceChanged(v.id()));
  }

  @Test
  void onlyFinanceBooksPaymentsAndASignatorySeesOnlyTheirOwnOrganisationsOpenInvoicesAndPayments() throws Exception {
    List<IssuedInvoice> run = invoices(2);
    IssuedInvoice own = run.get(0);
    IssuedInvoice other = run.get(1);
    // a CPAS-like organisation whose signatory is no demo user: only tenant membership
    String signatory = api.user(Groups.SIGNATORIES);
    api.inTenant(signatory, own.tenantId());
    String staff = api.user(Groups.UNION_STAFF);
    String direction = api.user(Groups.UNION_MANAGEMENT);
    byte[] statement = StatementFiles.camt02("2016-400", PAID_ON, List.of(
        Line.credit("S-1", PAID_ON, "200.00", "CPAS", "BE68539007547034", own.structuredCommunication(), null),
        Line.credit("S-2", PAID_ON, "595.32", "Autre", "BE62510007547061", other.structuredCommunication(), null),
        Line.credit("S-3", PAID_ON, "10.00", "Inconnu", "BE71096123456769", null, "?")));

    // the staff page is French and behind the same authentication for its data
    PaymentApi.Answer page = api.call("GET", "/paiements/releves.html", null, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Relevés bancaires et paiements");
    assertThat(api.upload("r.xml", statement, null).status()).isEqualTo(401);
    assertThat(api.upload("r.xml", statement, staff).status()).isEqualTo(403);
    assertThat(api.upload("r.xml", statement, signatory).status()).isEqualTo(403);
    assertThat(api.upload("r.xml", statement, direction).status()).isEqualTo(403);
    assertThat(fixtures.count("bank_statement")).isZero();
    assertThat(api.upload("r.xml", statement, finance).status()).isEqualTo(201);

    long unmatched = fixtures.creditId("S-3");
    long allocation = jdbc.queryForObject("select id from payment_allocation where invoice_id = ?", Long.class, own.id());
    for (String user : List.of(staff, signatory)) {
      assertThat(api.call("POST", "/api/bank-credits/" + unmatched + "/allocations", "{\"invoiceNumber\":\"" + own.number() + "\"}", user)
          .status()).isEqualTo(403);
      assertThat(api.call("POST", "/api/bank-credits/" + unmatched + "/set-aside", "{\"reason\":\"pas une facture\"}", user).status())
          .isEqualTo(403);
      assertThat(api.call("POST", "/api/payment-allocations/" + allocation + "/undo", "{\"reason\":\"non\"}", user).status())
          .isEqualTo(403);
    }
    assertThat(api.call("GET", "/api/bank-credits", null, signatory).status()).isEqualTo(403);
    assertThat(api.call("GET", "/api/bank-statements", null, signatory).status()).isEqualTo(403);
    assertThat(api.call("GET", "/api/bank-credits", null, staff).status()).isEqualTo(200);

    // the signatory sees their own organisation's open invoice and payment...
    PaymentApi.Answer mine = api.call("GET", "/api/organisations/" + own.organisationId() + "/receivables", null, signatory);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().get("outstanding").decimalValue()).isEqualByComparingTo("395.32");
    assertThat(mine.json().get("openInvoices")).singleElement().satisfies(i -> {
      assertThat(i.get("number").asText()).isEqualTo(own.number());
      assertThat(i.get("state").asText()).isEqualTo("PARTLY_PAID");
    });
    assertThat(mine.json().get("payments")).singleElement().satisfies(p -> assertThat(p.get("amount").decimalValue())
        .isEqualByComparingTo("200.00"));
    assertThat(api.call("GET", "/api/invoices/" + own.number() + "/payments", null, signatory).status()).isEqualTo(200);
    assertThat(api.call("GET", "/api/invoices?organisationId=" + own.organisationId(), null, signatory).json().get(0)
        .get("receivableState").asText()).isEqualTo("PARTLY_PAID");
    // ...and nothing of the other organisation's
    assertThat(api.call("GET", "/api/organisations/" + other.organisationId() + "/receivables", null, signatory).status()).isEqualTo(403);
    assertThat(api.call("GET", "/api/invoices/" + other.number() + "/payments", null, signatory).status()).isEqualTo(403);

    // finance allocates an over-payment's rest or an unmatched credit only through the task while it is open
    assertThat(api.call("POST", "/api/bank-credits/" + unmatched + "/allocations", "{\"invoiceNumber\":\"" + own.number() + "\"}", finance)
        .status()).isEqualTo(409);
  }
}
