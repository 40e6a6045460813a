package be.uvcw.convention.register;

import static be.uvcw.convention.testsupport.Timers.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.billing.InvoicingService;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.register.RegisterFixtures.Party;
import be.uvcw.convention.register.RegisterFixtures.State;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * GET /api/register/... over HTTP through the real filter chain, as each role: the Union reads
 * every convention (maintenance without billing and mails), finance gets the billing list with
 * its totals, a signatory of a CPAS that is not in the demo data reads only their own dossier,
 * a stranger gets 403 and nobody 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterApiTest {

  @LocalServerPort int port;
  @Autowired RegisterFixtures fixtures;
  @Autowired ConventionLifecycleProcess lifecycle;
  @Autowired InvoicingService invoicing;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();
  // letters only: three digits in a search are also looked up in the enterprise numbers of the whole database
  private final String run = UUID.randomUUID().toString().replaceAll("[^a-f]", "x").substring(0, 6);
  private Party andenne;
  private Party ohey;
  private String invoiceNumber;

  @BeforeAll
  void twoCpasOneWithAnActiveConventionAndAnInvoice() {
    today(LocalDate.parse("2026-12-01"));
    fixtures.unionUser("reg-staff", Groups.UNION_STAFF);
    fixtures.unionUser("reg-finance", Groups.FINANCE);
    fixtures.unionUser("reg-maintenance", Groups.MAINTENANCE);
    fixtures.unionUser("reg-stranger", null);
    andenne = fixtures.organisation("Andenne " + run, OrganisationType.CPAS, "Hélène Bodart", "Marc Wauthier", State.ACTIVE,
        LocalDate.parse("2026-03-15"));
    ohey = fixtures.organisation("Ohey " + run, OrganisationType.CPAS, "Sarah Collard", "Pierre Lambot", State.UNDER_REVIEW, null);
    lifecycle.start(andenne.convention().getId());
    invoiceNumber = invoicing.issueFirstInvoice(andenne.convention().getId()).orElseThrow().getNumber();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void staffFindAConventionByNameWithItsEnterpriseNumberAndNextDeadline() throws Exception {
    JsonNode rows = get("/api/register/conventions?q=andenne%20" + run, "reg-staff", 200);
    assertThat(rows).hasSize(1);
    JsonNode row = rows.get(0);
    assertThat(row.path("organisationName").asText()).isEqualTo("CPAS de Andenne " + run);
    assertThat(row.path("enterpriseNumber").asText()).isEqualTo(andenne.organisation().getEnterpriseNumber().formatted());
    assertThat(row.path("entity").asText()).isEqualTo("Andenne " + run);
    assertThat(row.path("typeLabel").asText()).isEqualTo("CPAS");
    assertThat(row.path("statusLabel").asText()).isEqualTo("Active");
    assertThat(row.path("nextDeadline").asText()).isEqualTo("2027-03-01");
    assertThat(row.path("nextDeadlineLabel").asText()).isEqualTo("Date limite de non-reconduction");

    List<String> all = names(get("/api/register/conventions", "reg-staff", 200));
    assertThat(all).contains("CPAS de Andenne " + run, "CPAS de Ohey " + run);
  }

  @Test
  void staffReadTheWholeDossierWithTheProcessesTheInvoicesAndThePeopleToActOn() throws Exception {
    JsonNode dossier = get("/api/register/conventions/" + andenne.convention().getId(), "reg-staff", 200);
    JsonNode convention = dossier.path("convention");
    assertThat(convention.path("startDate").asText()).isEqualTo("2026-04-01");
    assertThat(convention.path("currentTermEnd").asText()).isEqualTo("2027-03-31");
    assertThat(convention.path("noticeDeadline").asText()).isEqualTo("2027-03-01");
    assertThat(convention.path("limitEnd").asText()).isEqualTo("2030-03-31");
    assertThat(dossier.path("signatures")).hasSize(3);
    assertThat(dossier.path("signatures").get(2).path("name").asText()).isEqualTo("Michèle Boverie");
    assertThat(dossier.path("space").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(dossier.path("people").get(0).path("userId").asText()).isEqualTo(andenne.signatoryUserIds().get(0));
    assertThat(dossier.path("timeline").findValuesAsText("processKey")).contains("convention-lifecycle");
    JsonNode lifecycleInstance = first(dossier.path("timeline"), "processKey", "convention-lifecycle");
    assertThat(lifecycleInstance.path("stateLabel").asText()).isEqualTo("En cours");
    assertThat(lifecycleInstance.path("cockpitUrl").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/");
    JsonNode invoice = first(dossier.path("invoices"), "number", invoiceNumber);
    assertThat(invoice.path("kind").asText()).isEqualTo("FACTURE");
    assertThat(invoice.path("outstanding").decimalValue()).isEqualByComparingTo(invoice.path("totalInclVat").decimalValue());
    assertThat(invoice.path("pdfUrl").asText()).isEqualTo("/api/invoices/" + invoiceNumber + ".pdf");
    assertThat(dossier.path("mails").isArray()).isTrue();
    assertThat(dossier.path("toolCatalog").size()).isGreaterThanOrEqualTo(6);
    assertThat(dossier.path("sections").path("actions").asBoolean()).isTrue();
  }

  @Test
  void maintenanceReadsTheRegisterButNeitherBillingNorMailsNorActions() throws Exception {
    assertThat(names(get("/api/register/conventions", "reg-maintenance", 200))).contains("CPAS de Andenne " + run);
    JsonNode dossier = get("/api/register/conventions/" + andenne.convention().getId(), "reg-maintenance", 200);
    assertThat(dossier.path("timeline").isArray()).isTrue();
    assertThat(dossier.path("invoices").isNull()).isTrue();
    assertThat(dossier.path("mails").isNull()).isTrue();
    assertThat(dossier.path("people").get(0).path("userId").isNull()).isTrue();
    assertThat(dossier.path("sections").path("actions").asBoolean()).isFalse();
    assertThat(get("/api/register/billing", "reg-maintenance", 403).path("message").asText()).isNotBlank();
    get("/api/register/dashboard", "reg-maintenance", 403);
  }

  @Test
  void financeListsInvoicesWithFiltersAndExactTotals() throws Exception {
    JsonNode billing = get("/api/register/billing?q=andenne%20" + run, "reg-finance", 200);
    assertThat(billing.path("documents")).hasSize(1);
    JsonNode invoice = billing.path("documents").get(0);
    assertThat(invoice.path("number").asText()).isEqualTo(invoiceNumber);
    BigDecimalTotals totals = new BigDecimalTotals(billing.path("totals"));
    assertThat(totals.get("invoiceCount").intValue()).isEqualTo(1);
    assertThat(totals.get("invoicedInclVat")).isEqualByComparingTo(invoice.path("totalInclVat").decimalValue());
    assertThat(totals.get("invoicedExclVat").add(totals.get("invoicedVat"))).isEqualByComparingTo(totals.get("invoicedInclVat"));
    assertThat(totals.get("netInclVat")).isEqualByComparingTo(totals.get("invoicedInclVat"));
    assertThat(totals.get("outstanding")).isEqualByComparingTo(totals.get("invoicedInclVat"));

    assertThat(get("/api/register/billing?q=andenne%20" + run + "&kind=NOTE_DE_CREDIT", "reg-finance", 200).path("documents")).isEmpty();
    assertThat(get("/api/register/billing?q=andenne%20" + run + "&from=2027-01-01", "reg-finance", 200).path("documents")).isEmpty();
    assertThat(get("/api/mails", "reg-finance", 200).isArray()).as("finance reads the mail journal").isTrue();
    assertThat(get("/api/register/billing?kind=AUTRE", "reg-finance", 400).path("message").asText()).contains("FACTURE");
    assertThat(get("/api/register/billing?from=01/12/2026", "reg-finance", 400).path("message").asText()).contains("AAAA-MM-JJ");
  }

  @Test
  void financeSeesTheDashboardWithTheDeadlinesOfTheNextNinetyDays() throws Exception {
    JsonNode dashboard = get("/api/register/dashboard", "reg-finance", 200);
    assertThat(dashboard.path("today").asText()).isEqualTo("2026-12-01");
    assertThat(dashboard.path("horizon").asText()).isEqualTo("2027-03-01");
    JsonNode deadline = first(dashboard.path("deadlines"), "organisationName", "CPAS de Andenne " + run);
    assertThat(deadline.path("date").asText()).isEqualTo("2027-03-01");
    assertThat(deadline.path("label").asText()).isEqualTo("Date limite de non-reconduction");
    assertThat(dashboard.path("incidents").isArray()).isTrue();
    assertThat(dashboard.path("openRequests").isArray()).isTrue();
  }

  @Test
  void aSignatoryReadsOnlyTheirOwnDossierWithoutTheUnionsInternalSteps() throws Exception {
    String president = andenne.signatoryUserIds().get(0);
    JsonNode rows = get("/api/register/conventions", president, 200);
    assertThat(names(rows)).containsExactly("CPAS de Andenne " + run);

    JsonNode own = get("/api/register/conventions/" + andenne.convention().getId(), president, 200);
    assertThat(own.path("organisation").path("name").asText()).isEqualTo("CPAS de Andenne " + run);
    assertThat(own.path("timeline").isNull()).isTrue();
    assertThat(own.path("misuseCases").isNull()).isTrue();
    assertThat(own.path("toolCatalog").isNull()).isTrue();
    assertThat(own.path("people").get(0).path("userId").isNull()).isTrue();
    assertThat(own.path("invoices").findValuesAsText("number")).contains(invoiceNumber);
    assertThat(own.path("openTasks").isArray()).isTrue();

    String other = ohey.signatoryUserIds().get(0);
    assertThat(get("/api/register/conventions/" + andenne.convention().getId(), other, 403).path("message").asText())
        .isEqualTo("Ce dossier appartient à une autre organisation.");
    assertThat(names(get("/api/register/conventions?q=andenne", other, 200))).isEmpty();
    get("/api/register/billing", president, 403);
    get("/api/register/dashboard", president, 403);
  }

  @Test
  void aStrangerIsRefusedAndNobodyMustLogIn() throws Exception {
    get("/api/register/conventions", "reg-stranger", 403);
    get("/api/register/conventions/" + andenne.convention().getId(), "reg-stranger", 403);
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/register/conventions")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(json.readTree(anonymous.body()).path("message").asText()).startsWith("Authentification requise");
    get("/api/register/conventions/999999999", "reg-staff", 404);
  }

  @Test
  void theScanOfARegisteredLetterIsReadByTheUnionAndTheOrganisationOnly() throws Exception {
    jdbc.update("""
        insert into non_renewal_notice (convention_id, received_on, letter_date, reference, scan_file_name, scan_content_type, scan,
          registered_by, registered_at, outcome, renewal_date, deadline, end_date, reason)
        values (?, date '2026-11-30', date '2026-11-28', 'REG-1', 'lettre.pdf', 'application/pdf', ?, 'reg-staff', now(),
          'ACCEPTED', date '2027-04-01', date '2027-03-01', date '2027-03-31', 'Lettre reçue à temps.')""",
        ohey.convention().getId(), new byte[] {37, 80, 68, 70});
    long noticeId = jdbc.queryForObject("select id from non_renewal_notice where convention_id = ?", Long.class, ohey.convention().getId());
    String path = "/api/register/conventions/" + ohey.convention().getId() + "/notices/" + noticeId + "/scan";
    HttpResponse<byte[]> scan = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic("reg-staff")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(scan.statusCode()).isEqualTo(200);
    assertThat(scan.body()).containsExactly(37, 80, 68, 70);
    assertThat(scan.headers().firstValue("Content-Type")).contains("application/pdf");
    JsonNode dossier = get("/api/register/conventions/" + ohey.convention().getId(), ohey.signatoryUserIds().get(1), 200);
    assertThat(dossier.path("notices").get(0).path("scanUrl").asText()).isEqualTo(path);
    HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", basic(andenne.signatoryUserIds().get(0))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(foreign.statusCode()).isEqualTo(403);
  }

  // ---------------------------------------------------------------- helpers

  private record BigDecimalTotals(JsonNode node) {
    java.math.BigDecimal get(String field) {
      return node.path(field).decimalValue();
    }
  }

  private JsonNode get(String path, String user, int expectedStatus) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
        .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " as " + user + ": " + response.body()).isEqualTo(expectedStatus);
    return json.readTree(response.body());
  }

  private static JsonNode first(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.path(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("No element with " + field + " = " + value + " in " + array);
  }

  private static List<String> names(JsonNode rows) {
    List<String> names = new ArrayList<>();
    rows.forEach(r -> names.add(r.path("organisationName").asText()));
    return names;
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + RegisterFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
