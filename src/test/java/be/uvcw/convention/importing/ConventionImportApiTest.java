package be.uvcw.convention.importing;

import static be.uvcw.convention.testsupport.Timers.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.lifecycle.ConventionRenewal;
import be.uvcw.convention.lifecycle.ConventionRenewalRepository;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.provisioning.InstallationState;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SpaceState;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.LifecycleStarts;
import be.uvcw.convention.testsupport.LifecycleFixtures;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** POST /api/conventions/import (xlsx and JSON) and the blank template, on PostgreSQL, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConventionImportApiTest {

  private static final String STAFF = "lifecycle-staff";
  private static final String PASSWORD = "Staff-pass-2026!";

  @Autowired be.uvcw.convention.testsupport.FaultInjectingProvisioningPort server;
  @Autowired TestRestTemplate rest;
  @Autowired LifecycleFixtures fixtures;
  @Autowired OrganisationRepository organisations;
  @Autowired ConventionRepository conventions;
  @Autowired ConventionRenewalRepository renewals;
  @Autowired ProvisioningService provisioning;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  private String entity;
  private EnterpriseNumber commune;
  private EnterpriseNumber cpas;

  @BeforeEach
  void setUp() {
    fixtures.ensureUser(STAFF, PASSWORD, "union-staff");
    fixtures.ensureUser("lifecycle-signatory", PASSWORD, "signatories");
    today(LocalDate.parse("2026-11-26"));
    entity = "Import " + UUID.randomUUID().toString().substring(0, 8);
    commune = TestEnterpriseNumbers.next();
    cpas = TestEnterpriseNumbers.next();
  }

  @AfterEach
  void resetClockAndServer() {
    ClockUtil.reset();
    server.reset();
  }

  @Test
  void aValidSheetCreatesActiveConventionsWithTheirSpacesToolsAndLifecycles() throws IOException {
    JsonNode answer = importSheet(validSheet());
    assertThat(answer.path("errors")).isEmpty();
    assertThat(answer.path("created")).hasSize(2);

    Convention communeConvention = convention(commune);
    assertThat(communeConvention.getStatus()).isEqualTo(ConventionStatus.ACTIVE);
    assertThat(communeConvention.getSignatureDate()).isEqualTo(LocalDate.parse("2025-06-10"));
    assertThat(communeConvention.getStartDate()).isEqualTo(LocalDate.parse("2025-07-01"));
    assertThat(communeConvention.getCurrentTermEnd()).isEqualTo(LocalDate.parse("2027-06-30"));
    assertThat(communeConvention.getLimitEnd()).isEqualTo(LocalDate.parse("2029-06-30"));
    assertThat(communeConvention.getInvoicedOutsideUntil()).isEqualTo(LocalDate.parse("2025-12-01"));
    assertThat(communeConvention.getImportedAt()).isNotNull();

    Convention cpasConvention = convention(cpas);
    assertThat(cpasConvention.getInvoicedOutsideUntil()).as("nothing invoiced outside: the catch-up starts at the start date").isNull();
    assertThat(cpasConvention.getCurrentTermEnd()).isEqualTo(LocalDate.parse("2027-02-28"));
    assertThat(renewals.findByConventionIdOrderByRenewalDate(cpasConvention.getId()))
        .extracting(ConventionRenewal::getRenewalDate, ConventionRenewal::getSource)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-03-01"), ConventionRenewal.Source.IMPORT),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-01"), ConventionRenewal.Source.IMPORT));

    var space = provisioning.spaceOf(communeConvention.getOrganisation().getId()).orElseThrow();
    assertThat(space.state()).isEqualTo(SpaceState.ACTIVE);
    assertThat(space.installations()).filteredOn(t -> t.state() == InstallationState.INSTALLED)
        .extracting(t -> t.toolCode()).containsExactlyInAnyOrder("site-web", "deliberations");

    // Both imported conventions' lifecycles started by the message « Convention activée », keyed convention-<id>.
    LifecycleStarts.assertStartedByMessage(history, communeConvention.getId());
    LifecycleStarts.assertStartedByMessage(history, cpasConvention.getId());
    ProcessInstance lifecycle = lifecycleOf(communeConvention);
    assertThat(lifecycle.getTenantId()).isEqualTo(organisations.findByEnterpriseNumber(commune).orElseThrow().getTenantId());
    Jobs.runAll(management, lifecycle.getId());
    assertThat(runtime.getVariable(lifecycle.getId(), "renewalDate")).isEqualTo("2027-07-01");
  }

  @Test
  void aSheetWithBadRowsReportsEachErrorByRowAndColumnAndImportsOnlyTheValidRows() throws IOException {
    EnterpriseNumber badType = TestEnterpriseNumbers.next();
    byte[] sheet = sheet(List.of(
        row("COMMUNE", "Commune de " + entity, commune.formatted(), entity, "Place 1", "5000", "Namur", "f@commune.test", "2025-06-10", "", "site-web"),
        row("CPAS", "CPAS de " + entity, "0123.456.789", entity, "Rue 2", "5000", "Namur", "f@cpas.test", "2025-01-10", "", ""),
        row("ASBL", "ASBL " + entity, badType.formatted(), entity, "Rue 3", "5000", "Namur", "f@asbl.test", "2025-01-10", "", "site-web, tableur"),
        row("CPAS", "CPAS bis " + entity, TestEnterpriseNumbers.next().formatted(), "Autre " + entity, "Rue 4", "5000", "Namur", "pas-une-adresse",
            "31/02/2025", "2025-13", "")));
    JsonNode answer = importSheet(sheet);

    assertThat(answer.path("created")).hasSize(1);
    assertThat(answer.path("created").get(0).path("row").asInt()).isEqualTo(2);
    List<String> errors = new ArrayList<>();
    answer.path("errors").forEach(e -> errors.add(e.path("message").asText()));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Ligne 3, colonne « Numéro d'entreprise »"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Ligne 4, colonne « Type »").contains("ASBL"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Ligne 4, colonne « Outils »").contains("tableur"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Ligne 5, colonne « Date de signature »"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Ligne 5, colonne « E-mail de facturation »"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Ligne 5, colonne « Dernier mois facturé »"));
    assertThat(errors).noneSatisfy(e -> assertThat(e).startsWith("Ligne 2"));

    assertThat(organisations.findByEnterpriseNumber(commune)).isPresent();
    assertThat(organisations.findByEnterpriseNumber(badType)).as("nothing from a bad row").isEmpty();
    assertThat(organisations.findAll()).noneMatch(o -> o.getName().equals("CPAS bis " + entity) || o.getName().equals("CPAS de " + entity));
  }

  @Test
  void importingTheSameSheetTwiceCreatesNothingTwice() throws IOException {
    byte[] sheet = validSheet();
    assertThat(importSheet(sheet).path("created")).hasSize(2);
    JsonNode again = importSheet(sheet);
    assertThat(again.path("created")).isEmpty();
    assertThat(again.path("skipped")).hasSize(2);
    assertThat(again.path("errors")).isEmpty();
    for (EnterpriseNumber number : List.of(commune, cpas)) {
      Organisation organisation = organisations.findByEnterpriseNumber(number).orElseThrow();
      List<Convention> all = conventions.findByOrganisationOrderByRequestedAtDesc(organisation);
      assertThat(all).hasSize(1);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("convention-lifecycle")
          .variableValueEquals("conventionId", all.get(0).getId()).count()).isOne();
    }
  }

  @Test
  void jsonRowsGoThroughTheSamePathAndTheSameChecks() {
    String body = """
        {"rows": [
          {"type": "CPAS", "name": "CPAS de %s", "enterpriseNumber": "%s", "entity": "%s", "street": "Rue 1",
           "postalCode": "5000", "city": "Namur", "billingEmail": "f@cpas.test", "signatureDate": "2026-02-03",
           "lastInvoicedMonth": "2026-06", "tools": ["aide-sociale", "courrier"]},
          {"type": "COMMUNE", "name": "", "enterpriseNumber": "%s", "entity": "%s", "signatureDate": "2026-02-03"}
        ]}""".formatted(entity, cpas.formatted(), entity, commune.formatted(), entity);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> response = staff().postForEntity("/api/conventions/import", new HttpEntity<>(body, headers), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("created")).hasSize(1);
    assertThat(response.getBody().path("errors").get(0).path("message").asText()).startsWith("Ligne 2, colonne « Nom »");
    assertThat(convention(cpas).getInvoicedOutsideUntil()).isEqualTo(LocalDate.parse("2026-06-01"));
  }

  @Test
  void theBlankTemplateHasTheDocumentedColumns() throws IOException {
    ResponseEntity<byte[]> response = staff().getForEntity("/api/conventions/import/template.xlsx", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo(ImportSheet.CONTENT_TYPE);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Row header = workbook.getSheetAt(0).getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).containsExactly(java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toArray(String[]::new));
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
    }
  }

  @Test
  void onlyUnionStaffMayImport() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("lifecycle-signatory", PASSWORD)
        .postForEntity("/api/conventions/import", multipart(new byte[] {1}), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().path("message").asText()).isNotBlank();
  }

  private byte[] validSheet() throws IOException {
    return sheet(List.of(
        row("COMMUNE", "Commune de " + entity, commune.formatted(), entity, "Place de l'Hôtel de Ville 1", "5000", "Namur",
            "factures@commune.test", "2025-06-10", "2025-12", "site-web, deliberations"),
        row("CPAS", "CPAS de " + entity, cpas.formatted(), entity, "Rue du CPAS 2", "5000", "Namur",
            "factures@cpas.test", "20/02/2024", "", "aide-sociale")));
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  /** The downloadable template, filled in as a clerk would. */
  private static byte[] sheet(List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ImportSheet.template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private JsonNode importSheet(byte[] xlsx) {
    ResponseEntity<JsonNode> response = staff().postForEntity("/api/conventions/import", multipart(xlsx), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(byte[] xlsx) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(xlsx) {
      @Override
      public String getFilename() {
        return "conventions.xlsx";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private TestRestTemplate staff() {
    return rest.withBasicAuth(STAFF, PASSWORD);
  }

  private Convention convention(EnterpriseNumber number) {
    Organisation organisation = organisations.findByEnterpriseNumber(number).orElseThrow();
    return conventions.findByOrganisationOrderByRequestedAtDesc(organisation).get(0);
  }

  private ProcessInstance lifecycleOf(Convention convention) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("convention-lifecycle")
        .processInstanceBusinessKey("convention-" + convention.getId()).singleResult();
  }
}
