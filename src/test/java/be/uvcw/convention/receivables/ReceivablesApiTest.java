package be.uvcw.convention.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.billing.BillingFixtures;
import be.uvcw.convention.billing.DraftInvoiceBuilder;
import be.uvcw.convention.billing.InvoiceIssuer;
import be.uvcw.convention.testsupport.TestUsers;
import be.uvcw.convention.testsupport.Timers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receivables over HTTP through the real filter chain: finance downloads the open items and the
 * aged balance (xlsx, JSON); staff and signatories are refused. Dated 2033 so that other tests'
 * invoices fall in "> 90 days" and do not disturb this test's organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReceivablesApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;
  @Autowired DraftInvoiceBuilder drafts;
  @Autowired InvoiceIssuer issuer;
  @Autowired PlatformTransactionManager transactions;

  private final HttpClient http = HttpClient.newHttpClient();
  private BillingFixtures fixtures;
  private long organisation;
  private String number;

  @BeforeEach
  void anInvoicePartlyPaidAndOverdue() {
    fixtures = new BillingFixtures(jdbc);
    Timers.today(LocalDate.parse("2033-01-05"));
    organisation = fixtures.organisation(fixtures.municipality(), "CPAS");
    long convention = fixtures.convention(organisation, LocalDate.parse("2033-01-01"), null);
    long invoiceId = new TransactionTemplate(transactions).execute(status -> {
      var result = drafts.build(List.of(convention), LocalDate.parse("2033-01-01"), DraftInvoiceBuilder.Mode.RUN, null, null).get(0);
      issuer.issue(List.of(result.invoiceId()));
      return result.invoiceId();
    });
    number = jdbc.queryForObject("select number from invoice where id = ?", String.class, invoiceId);
    String ref = UUID.randomUUID().toString();
    Long statement = jdbc.queryForObject("insert into bank_statement (format, account_iban, statement_ref, statement_date,"
        + " file_sha256, imported_at, imported_by) values ('CODA', 'BE09091011584657', ?, current_date, ?, now(), 'finance')"
        + " returning id", Long.class, ref, (ref + ref).replace("-", "").substring(0, 64));
    Long credit = jdbc.queryForObject("insert into bank_credit (statement_id, entry_ref, account_iban, booking_date, amount, currency,"
        + " state) values (?, ?, 'BE09091011584657', current_date, 95.32, 'EUR', 'MATCHED') returning id", Long.class, statement, ref);
    jdbc.update("insert into payment_allocation (bank_credit_id, invoice_id, amount, method, allocated_at, allocated_by)"
        + " values (?, ?, 95.32, 'MANUAL', now(), 'finance')", credit, invoiceId);
    // Due 2033-02-04; on 2033-03-20 it is 44 days overdue.
    Timers.today(LocalDate.parse("2033-03-20"));
  }

  @AfterEach
  void tearDown() {
    fixtures.retire();
    ClockUtil.reset();
  }

  @Test
  void financeGetsTheOpenItemsAndTheAgedBalanceAsJsonAndXlsx() throws Exception {
    String finance = user("finance");
    JsonNode open = json.readTree(get("/api/receivables/open-items", finance).body());
    JsonNode item = find(open.get("openItems"), "number", number);
    assertThat(item.get("total").decimalValue()).isEqualByComparingTo("595.32");
    assertThat(item.get("paid").decimalValue()).isEqualByComparingTo("95.32");
    assertThat(item.get("credited").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(item.get("outstanding").decimalValue()).isEqualByComparingTo("500.00");
    assertThat(item.get("dueDate").asText()).isEqualTo("2033-02-04");
    assertThat(item.get("daysOverdue").asLong()).isEqualTo(44);

    JsonNode aged = json.readTree(get("/api/receivables/aged-balance", finance).body());
    JsonNode line = find(aged.get("organisations"), "organisationId", String.valueOf(organisation));
    assertThat(line.get("buckets").get("DAYS_31_60").decimalValue()).isEqualByComparingTo("500.00");
    assertThat(line.get("buckets").get("DAYS_0_30").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(line.get("total").decimalValue()).isEqualByComparingTo("500.00");

    HttpResponse<byte[]> xlsx = get("/api/receivables.xlsx", finance);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Row row = rowOf(workbook.getSheet("Postes ouverts"), 0, number);
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(500.00);
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(44);
      assertThat(workbook.getSheet("Postes ouverts").getRow(0).getCell(0).getStringCellValue()).matches("Postes ouverts au \\d{2}/\\d{2}/\\d{4}");
      Sheet agedSheet = workbook.getSheet("Balance âgée");
      assertThat(agedSheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("0–30 jours");
      String name = jdbc.queryForObject("select name from organisation where id = ?", String.class, organisation);
      Row agedRow = rowOf(agedSheet, 0, name);
      assertThat(agedRow.getCell(5).getNumericCellValue()).isEqualTo(500.00); // 31–60
    }
  }

  @Test
  void onlyFinanceAndAdministratorsMayReadReceivables() throws Exception {
    assertThat(get("/api/receivables/open-items", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/receivables/aged-balance", user("union-staff")).statusCode()).isEqualTo(403);
    assertThat(get("/api/receivables.xlsx", user(null)).statusCode()).isEqualTo(403);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (node.get(field).asText().equals(value)) {
        return node;
      }
    }
    throw new AssertionError(field + " " + value + " not in " + array);
  }

  private static Row rowOf(Sheet sheet, int column, String value) {
    for (Row row : sheet) {
      if (row.getCell(column) != null && value.equals(row.getCell(column).toString())) {
        return row;
      }
    }
    throw new AssertionError(value + " not in sheet " + sheet.getSheetName());
  }

  private String user(String group) {
    return TestUsers.create(identity, "receivables", group);
  }


  private HttpResponse<byte[]> get(String path, String userId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (userId != null) {
      request.header("Authorization", TestUsers.basicAuthorization(userId));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
