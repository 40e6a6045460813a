package be.uvcw.convention.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.billing.BillingFixtures;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.PeppolValidator;
import be.uvcw.convention.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The billing API over HTTP: finance starts and approves a run, reads everything; signatories read only their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BillingApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();
  private BillingFixtures fixtures;
  private String finance;
  private String signatoryA;
  private String signatoryB;
  private long organisationA;
  private long organisationB;

  @BeforeEach
  void setUp() {
    fixtures = BillingFixtures.onCleanTables(jdbc);
    organisationA = fixtures.organisation(fixtures.municipality(), "COMMUNE");
    organisationB = fixtures.organisation(fixtures.municipality(), "COMMUNE");
    fixtures.convention(organisationA, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
    fixtures.convention(organisationB, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
    finance = user("finance");
    signatoryA = user(null);
    signatoryB = user(null);
    inTenant(signatoryA, organisationA);
    inTenant(signatoryB, organisationB);
  }

  @AfterEach
  void tearDown() {
    fixtures.retire();
  }

  private String user(String group) {
    return TestUsers.create(identity, "billing", group);
  }

  private void inTenant(String userId, long organisationId) {
    String tenant = jdbc.queryForObject("select tenant_id from organisation where id = ?", String.class, organisationId);
    TestUsers.inTenant(identity, userId, tenant);
  }


  private HttpResponse<byte[]> call(String method, String path, String body, String userId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (userId != null) {
      request.header("Authorization", TestUsers.basicAuthorization(userId));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode body(HttpResponse<byte[]> response) throws Exception {
    return json.readTree(response.body());
  }

  @Test
  void financeRunsBillingAndEveryoneSeesWhatTheyMay() throws Exception {
    // bad input, wrong people
    assertThat(call("POST", "/api/billing-runs", "{}", finance).statusCode()).isEqualTo(400);
    HttpResponse<byte[]> badDate = call("POST", "/api/billing-runs", "{\"billingDate\":\"1er juillet\"}", finance);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(body(badDate).get("message").asText()).contains("AAAA-MM-JJ");
    assertThat(call("POST", "/api/billing-runs", "{\"billingDate\":\"2018-07-01\"}", signatoryA).statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/billing-runs", "{\"billingDate\":\"2018-07-01\"}", null).statusCode()).isEqualTo(401);

    HttpResponse<byte[]> started = call("POST", "/api/billing-runs", "{\"billingDate\":\"2018-07-01\"}", finance);
    assertThat(started.statusCode()).as(new String(started.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    long runId = body(started).get("runId").asLong();
    assertThat(body(started).get("state").asText()).isEqualTo("BUILDING");
    assertThat(body(started).get("conventionCount").asInt()).isEqualTo(2);

    HttpResponse<byte[]> twice = call("POST", "/api/billing-runs", "{\"billingDate\":\"2018-07-01\"}", finance);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(body(twice).get("message").asText()).contains("déjà en cours");

    String processInstanceId = jdbc.queryForObject("select process_instance_id from billing_run where id = ?", String.class, runId);
    Jobs.runAll(management, processInstanceId);
    HttpResponse<byte[]> review = call("GET", "/api/billing-runs/" + runId, null, finance);
    assertThat(body(review).get("state").asText()).isEqualTo("AWAITING_REVIEW");
    assertThat(body(review).get("invoiceCount").asInt()).isEqualTo(2);
    // 12 months x 82.00 each
    assertThat(body(review).get("totalExclVat").decimalValue()).isEqualByComparingTo("1968.00");
    assertThat(body(review).get("vatAmount").decimalValue()).isEqualByComparingTo("413.28");

    HttpResponse<byte[]> ledger = call("GET", "/api/billing-runs/" + runId + "/ledger.xlsx", null, finance);
    assertThat(ledger.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger.body()))) {
      assertThat(workbook.getSheetAt(0).getRow(3).getCell(3).getStringCellValue()).startsWith("Commune de ");
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .matches("Journal de la facturation n° " + runId + " au \\d{2}/\\d{2}/\\d{4}");
    }
    assertThat(call("GET", "/api/billing-runs/" + runId + "/ledger.xlsx", null, signatoryA).statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/billing-runs/999999", null, finance).statusCode()).isEqualTo(404);

    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(), Map.of("decision", "APPROVE"));
    Jobs.runAll(management, processInstanceId);
    assertThat(body(call("GET", "/api/billing-runs/" + runId, null, finance)).get("state").asText()).isEqualTo("COMPLETED");

    // finance reads every invoice of the run
    JsonNode all = body(call("GET", "/api/invoices?runId=" + runId, null, finance));
    assertThat(all).hasSize(2);
    JsonNode invoice = all.get(0);
    assertThat(invoice.get("state").asText()).isEqualTo("SENT");
    assertThat(invoice.get("number").asText()).matches("\\d{4}-\\d{5}");
    assertThat(invoice.get("structuredCommunication").asText()).matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+");
    assertThat(invoice.get("lines")).hasSize(12);
    assertThat(invoice.get("lines").get(0).get("month").asText()).isEqualTo("2018-01");
    assertThat(invoice.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("82.00");
    assertThat(invoice.get("totalInclVat").decimalValue()).isEqualByComparingTo("1190.64");

    // a signatory reads only their organisation's invoices
    JsonNode own = body(call("GET", "/api/invoices?organisationId=" + organisationA, null, signatoryA));
    assertThat(own).hasSize(1);
    String numberA = own.get(0).get("number").asText();
    assertThat(call("GET", "/api/invoices?organisationId=" + organisationB, null, signatoryA).statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/invoices", null, signatoryA).statusCode()).isEqualTo(400);

    HttpResponse<byte[]> pdf = call("GET", "/api/invoices/" + numberA + ".pdf", null, signatoryA);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    HttpResponse<byte[]> ubl = call("GET", "/api/invoices/" + numberA + ".xml", null, finance);
    assertThat(ubl.statusCode()).isEqualTo(200);
    PeppolValidator.assertValid(ubl.body());
    assertThat(call("GET", "/api/invoices/" + numberA + ".pdf", null, signatoryB).statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/invoices/1999-99999.pdf", null, finance).statusCode()).isEqualTo(404);

    // credit notes: finance only, months on the invoice, once
    String credit = "{\"months\":[\"2018-11\",\"2018-12\"],\"reason\":\"Fin anticipée au 31 octobre\"}";
    assertThat(call("POST", "/api/invoices/" + numberA + "/credit-notes", credit, signatoryA).statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/invoices/" + numberA + "/credit-notes", "{\"months\":[\"novembre\"],\"reason\":\"x\"}", finance)
        .statusCode()).isEqualTo(400);
    HttpResponse<byte[]> credited = call("POST", "/api/invoices/" + numberA + "/credit-notes", credit, finance);
    assertThat(credited.statusCode()).isEqualTo(201);
    String creditNote = body(credited).get("creditNotes").get(0).asText();
    assertThat(creditNote).matches("NC-\\d{4}-\\d{5}");
    assertThat(body(credited).get("sent").asBoolean()).isTrue();
    assertThat(call("POST", "/api/invoices/" + numberA + "/credit-notes", credit, finance).statusCode()).isEqualTo(409);
    PeppolValidator.assertValid(call("GET", "/api/credit-notes/" + creditNote + ".xml", null, signatoryA).body());
    JsonNode withCredit = body(call("GET", "/api/invoices?organisationId=" + organisationA, null, finance)).get(0);
    assertThat(withCredit.get("creditNotes").get(0).get("totalExclVat").decimalValue()).isEqualByComparingTo("164.00");

    // the year's ledger lists the invoice and, after the invoices, its credit note
    String year = numberA.substring(0, 4);
    HttpResponse<byte[]> yearLedger = call("GET", "/api/ledgers/" + year + ".xlsx", null, finance);
    assertThat(yearLedger.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(yearLedger.body()))) {
      java.util.List<String> numbers = new java.util.ArrayList<>();
      workbook.getSheetAt(0).forEach(row -> {
        var cell = row.getCell(0);
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          numbers.add(cell.getStringCellValue());
        }
      });
      assertThat(numbers).contains(numberA, creditNote);
      assertThat(numbers.indexOf(creditNote)).isGreaterThan(numbers.indexOf(numberA));
    }
    assertThat(call("GET", "/api/ledgers/" + year + ".xlsx", null, signatoryA).statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/ledgers/12.xlsx", null, finance).statusCode()).isEqualTo(400);
  }
}
