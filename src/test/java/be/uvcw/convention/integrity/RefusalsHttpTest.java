package be.uvcw.convention.integrity;

import static be.uvcw.convention.integrity.EngineHttp.variables;
import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.importing.ImportColumn;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Issue 8's 500s (and the 409 upload, the runaway import) now clear French refusals with the right status. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RefusalsHttpTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  EngineHttp http;
  String finance;
  String staff;

  @BeforeEach
  void people() {
    http = new EngineHttp(port, identity);
    finance = http.person(Groups.FINANCE, null);
    staff = http.person(Groups.UNION_STAFF, null);
  }

  private void assertRefused(HttpResponse<String> response, int status, String word) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(http.message(response)).contains(word).doesNotContain("ENGINE-", "Exception", "java.");
  }

  @Test
  void implausibleBillingDatesAreRefusedThroughEveryDoor() throws Exception {
    int runs = jdbc.queryForObject("select count(*) from billing_run", Integer.class);
    assertRefused(http.post("/api/billing-runs", finance, Map.of("billingDate", "9999-07-01")), 400, "un semestre à l'avance");
    assertRefused(http.post("/api/billing-runs", finance, Map.of("billingDate", "2026-03-01")), 400, "1er janvier ou un 1er juillet");
    assertRefused(http.post("/engine-rest/process-definition/key/billing-run/submit-form", finance,
        variables("billingDate", "String", "9999-07-01")), 400, "un semestre à l'avance");
    assertThat(jdbc.queryForObject("select count(*) from billing_run", Integer.class)).isEqualTo(runs);
  }

  @Test
  void implausibleHealthIndicesAreRefused() throws Exception {
    String start = "/engine-rest/process-definition/key/fee-indexation/submit-form";
    assertRefused(http.post(start, finance, variables("healthIndex", "Double", -5, "baseIndex", "Double", 125.0,
        "effectiveFrom", "String", "2099-01-01")), 400, "positifs");
    assertRefused(http.post(start, finance, variables("healthIndex", "Double", 1_000_000_000, "baseIndex", "Double", 125.0,
        "effectiveFrom", "String", "2099-01-01")), 400, "entre 1 et 1 000");
    assertRefused(http.post(start, finance, variables("healthIndex", "Double", 900, "baseIndex", "Double", 125.0,
        "effectiveFrom", "String", "2099-01-01")), 400, "plus de deux");
  }

  @Test
  void aTrainingSessionYearsAheadIsRefused() throws Exception {
    assertRefused(http.post("/api/training-sessions", staff, Map.of("toolCode", "site-web", "title", "Prise en main",
        "startsAt", "2099-03-01T09:30:00", "place", "Namur", "seats", 10)), 400, "à l'avance");
  }

  @Test
  void anUploadOverTwentyMegabytesIs413InFrench() throws Exception {
    String boundary = "limite" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"lettre.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(new byte[21 * 1024 * 1024]);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(http.request("/api/conventions/1/non-renewal-notices", staff)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    assertRefused(response, 413, "20 Mo");
  }

  @Test
  void aHundredThousandRowImportIsRefusedWithinSecondsAndTheApplicationKeepsAnswering() throws Exception {
    byte[] xlsx = sheet(100_000);
    String boundary = "limite" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"conventions.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(xlsx);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    Instant start = Instant.now();
    HttpResponse<String> refused = http.send(http.request("/api/conventions/import", staff)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    Duration took = Duration.between(start, Instant.now());
    assertRefused(refused, 400, "plus de 2000 lignes");
    assertThat(took).as("refused in %s", took).isLessThan(Duration.ofSeconds(10));
    assertThat(http.get("/api/conventions/import/template.xlsx", staff).statusCode()).isEqualTo(200);
    System.out.printf("100,000-row import (%d bytes) refused in %d ms%n", xlsx.length, took.toMillis());
  }

  private static byte[] sheet(int rows) throws Exception {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Conventions");
      Row header = sheet.createRow(0);
      ImportColumn[] columns = ImportColumn.values();
      for (int c = 0; c < columns.length; c++) {
        header.createCell(c).setCellValue(columns[c].header());
      }
      for (int r = 1; r <= rows; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("CPAS");
        row.createCell(1).setCellValue("CPAS de l'entité " + r);
        row.createCell(2).setCellValue(String.format("0212.%03d.%03d", r / 1000 % 1000, r % 1000));
        row.createCell(3).setCellValue("Entité " + r);
        row.createCell(4).setCellValue("Rue " + r);
        row.createCell(5).setCellValue("5000");
        row.createCell(6).setCellValue("Namur");
        row.createCell(7).setCellValue("factures" + r + "@cpas.test");
        row.createCell(8).setCellValue("2021-03-15");
      }
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    }
  }
}
