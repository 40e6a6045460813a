package be.uvcw.convention.lifecycle.web;

import static be.uvcw.convention.testsupport.Timers.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.lifecycle.NonRenewalNoticeRepository;
import be.uvcw.convention.testsupport.LifecycleFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

/** POST /api/conventions/{id}/non-renewal-notices: multipart with a scan, 409 for a second notice, 400 for bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NonRenewalNoticeApiTest {

  private static final String PASSWORD = "Staff-pass-2026!";

  @Autowired be.uvcw.convention.testsupport.FaultInjectingProvisioningPort server;
  @Autowired TestRestTemplate rest;
  @Autowired LifecycleFixtures fixtures;
  @Autowired ConventionLifecycleProcess lifecycle;
  @Autowired NonRenewalNoticeRepository notices;

  private Convention convention;

  @BeforeEach
  void setUp() {
    fixtures.ensureUser("lifecycle-staff", PASSWORD, "union-staff");
    fixtures.ensureUser("lifecycle-signatory", PASSWORD, "signatories");
    today(LocalDate.parse("2026-11-20"));
    convention = fixtures.activeConvention(LocalDate.parse("2026-03-15"));
    lifecycle.start(convention.getId());
  }

  @AfterEach
  void resetClockAndServer() {
    ClockUtil.reset();
    server.reset();
  }

  @Test
  void aLetterWithItsScanIsAcceptedThenASecondOneIsRefusedWith409() {
    ResponseEntity<JsonNode> first = post(letter("2026-11-18", "2026-11-15", "CE-2026-0777", new byte[] {37, 80, 68, 70}));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(first.getBody().path("endDate").asText()).isEqualTo("2027-03-31");
    var stored = notices.findById(first.getBody().path("id").asLong()).orElseThrow();
    assertThat(stored.getScan()).containsExactly(37, 80, 68, 70);
    assertThat(stored.getScanFileName()).isEqualTo("lettre.pdf");
    assertThat(stored.getRegisteredBy()).isEqualTo("lifecycle-staff");

    ResponseEntity<JsonNode> second = post(letter("2026-11-19", "2026-11-19", "CE-2026-0780", null));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("message").asText()).contains("prend déjà fin le 31 mars 2027");
  }

  @Test
  void aLetterReceivedInTheFutureIsRefusedWith400AndNothingIsStored() {
    ResponseEntity<JsonNode> response = post(letter("2026-12-01", "2026-11-15", "CE-X", null));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("ne peut pas être dans le futur");
    assertThat(notices.findByConventionIdOrderByRegisteredAt(convention.getId())).isEmpty();
  }

  @Test
  void aSignatoryCannotRegisterALetter() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("lifecycle-signatory", PASSWORD).postForEntity(
        "/api/conventions/" + convention.getId() + "/non-renewal-notices", letter("2026-11-18", "2026-11-15", "R", null), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<JsonNode> post(HttpEntity<?> body) {
    return rest.withBasicAuth("lifecycle-staff", PASSWORD)
        .postForEntity("/api/conventions/" + convention.getId() + "/non-renewal-notices", body, JsonNode.class);
  }

  private static HttpEntity<LinkedMultiValueMap<String, Object>> letter(String receivedOn, String letterDate, String reference, byte[] scan) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("receivedOn", receivedOn);
    parts.add("letterDate", letterDate);
    parts.add("reference", reference);
    if (scan != null) {
      parts.add("scan", new ByteArrayResource(scan) {
        @Override
        public String getFilename() {
          return "lettre.pdf";
        }
      });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
