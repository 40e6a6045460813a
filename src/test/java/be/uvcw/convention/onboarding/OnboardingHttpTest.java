package be.uvcw.convention.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.platform.french.FrenchStyle;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.HttpAs;
import be.uvcw.convention.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole onboarding over HTTP, each person with their own login: staff register the request and
 * check it (/api, /engine-rest), the President and the Secretary sign their own tasks, the
 * direction countersigns; the convention ends ACTIVE with its space, Tools, document and mails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnboardingHttpTest {

  static final String PASSWORD = "motdepasse-de-test-123";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired OrganisationRepository organisations;
  @Autowired FaultInjectingProvisioningPort provisioningPort;
  @Autowired GreenMail smtp;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aWholeOnboardingThroughTheApiWithTheRightPeople() throws Exception {
    String staff = person(Groups.UNION_STAFF);
    String direction = person(Groups.UNION_MANAGEMENT);
    MembershipRequest request = OnboardingRequests.cpas();

    // Invalid: 400 with every field error in French, nothing saved.
    MembershipRequest invalid = OnboardingRequests.withPostalCode(request, "12", List.of("jeux-video"));
    HttpResponse<String> refused = post("/api/membership-requests", staff, invalid);
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode errors = json.readTree(refused.body()).get("errors");
    assertThat(errors.get("postalCode").asText()).startsWith("Code postal :");
    assertThat(errors.get("toolCodes").asText()).contains("jeux-video");
    assertThat(organisations.findByEnterpriseNumber(EnterpriseNumber.parse(request.enterpriseNumber()))).isEmpty();

    // A signatory-like user outside the Union may not register requests.
    String outsider = person(Groups.SIGNATORIES);
    assertThat(post("/api/membership-requests", outsider, request).statusCode()).isEqualTo(403);

    HttpResponse<String> created = post("/api/membership-requests", staff, request);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode ids = json.readTree(created.body());
    long conventionId = ids.get("conventionId").asLong();
    String pid = ids.get("processInstanceId").asText();
    String president = ids.get("presidentUserId").asText();
    String secretary = ids.get("secretaryUserId").asText();
    assertThat(president).startsWith("anne.president");

    HttpResponse<String> again = post("/api/membership-requests", staff, request);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json.readTree(again.body()).get("message").asText()).contains("a déjà une convention");

    // Staff check the request in Tasklist's API.
    String check = onlyTask(staff, "processInstanceId=" + pid, "VerifierDemande");
    assertThat(complete(staff, check, Map.of("reviewDecision", "ACCEPT")).statusCode()).isEqualTo(204);
    Jobs.runAll(managementService, pid);

    // The signatories were given accounts without a known password; here they choose one.
    setPassword(president);
    setPassword(secretary);
    JsonNode presidentTasks = getJson("/engine-rest/task?processInstanceId=" + pid, president);
    assertThat(presidentTasks).hasSize(1); // only their own task, not the Secretary's
    String presidentTask = presidentTasks.get(0).get("id").asText();
    assertThat(presidentTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("SignerPresident");

    HttpResponse<byte[]> docx = http.send(request("/api/conventions/" + conventionId + "/document.docx", president).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(docx.statusCode()).isEqualTo(200);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      assertThat(FrenchStyle.assertFrenchStyle(extractor.getText())).contains(request.organisationName(), request.firstSignatoryName(),
          request.secondSignatoryName(), "Le Président", "Le Secrétaire de CPAS", "82,00\u00A0€ HTVA par mois", "Article 8");
    }
    assertThat(get("/api/conventions/" + conventionId + "/document.docx", outsider).statusCode()).isEqualTo(403);

    assertThat(complete(president, presidentTask, Map.of("presidentDecision", "SIGN", "presidentSignedPlace", "Namur")).statusCode())
        .isEqualTo(204);
    String secretaryTask = onlyTask(secretary, "assignee=" + secretary, "SignerSecretaire");
    assertThat(complete(secretary, secretaryTask, Map.of("secretaryDecision", "SIGN", "secretarySignedPlace", "Namur")).statusCode())
        .isEqualTo(204);
    Jobs.runAll(managementService, pid); // « Enregistrer la décision … » of both signatories
    String countersign = onlyTask(direction, "processInstanceId=" + pid + "&candidateGroup=" + Groups.UNION_MANAGEMENT, "ContresignerConvention");
    assertThat(complete(direction, countersign, Map.of("unionSignedPlace", "Namur")).statusCode()).isEqualTo(204);

    Jobs.runAll(managementService, pid);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult().getEndActivityId())
        .isEqualTo("ConventionActive");

    JsonNode convention = getJson("/api/conventions/" + conventionId, staff);
    ConventionDates expected = ConventionDates.fromSignature(LocalDate.now(ZoneId.of("Europe/Brussels")));
    assertThat(convention.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(convention.get("startDate").asText()).isEqualTo(expected.start().toString());
    assertThat(convention.get("currentTermEnd").asText()).isEqualTo(expected.firstTermEnd().toString());
    assertThat(convention.get("limitEnd").asText()).isEqualTo(expected.limitEnd().toString());
    assertThat(convention.get("spaceState").asText()).isEqualTo("ACTIVE");
    assertThat(convention.get("signatures")).hasSize(3);
    convention.get("tools").forEach(tool -> assertThat(tool.get("installedVersion").isNull()).isFalse());
    assertThat(getJson("/api/conventions/" + conventionId, president).get("status").asText()).isEqualTo("ACTIVE");

    // On the Server: the space folder and one installation per Tool.
    JsonNode space = getJson("/api/organisations/" + ids.get("organisationId").asLong() + "/space", staff);
    Path folder = provisioningPort.real().folderOf(space.get("location").asText());
    assertThat(folder).isDirectory();
    for (String tool : request.toolCodes()) {
      assertThat(folder.resolve("tools").resolve(tool).resolve("manifest.json")).isRegularFile();
    }
    try (var tools = Files.list(folder.resolve("tools"))) {
      assertThat(tools.filter(Files::isDirectory).count()).isEqualTo(request.toolCodes().size());
    }

    // The access information, caught by the test SMTP server: an activation link, never a password.
    MimeMessage access = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, request.firstSignatoryEmail()))
        .filter(m -> subject(m).startsWith("Votre accès au Serveur CommunesPlone")).findFirst().orElseThrow();
    String body = OnboardingProcessTest.text(access);
    assertThat(body).contains("/activation.html?jeton=", request.organisationName()).doesNotContain(PASSWORD);
  }

  private String person(String group) {
    return HttpAs.unionMember(identity, group, PASSWORD);
  }

  private void setPassword(String userId) {
    HttpAs.setPassword(identity, userId, PASSWORD);
  }

  private String onlyTask(String user, String query, String taskKey) throws Exception {
    JsonNode tasks = getJson("/engine-rest/task?" + query, user);
    assertThat(tasks).as("tasks of %s", user).hasSize(1);
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(taskKey);
    return tasks.get(0).get("id").asText();
  }

  private HttpResponse<String> complete(String user, String taskId, Map<String, String> values) throws Exception {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
    return post("/engine-rest/task/" + taskId + "/complete", user, Map.of("variables", variables));
  }

  private HttpResponse<String> post(String path, String user, Object body) throws Exception {
    return http.send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String path, String user) throws Exception {
    HttpResponse<String> response = get(path, user);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private HttpRequest.Builder request(String path, String user) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic);
  }

  private static boolean to(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (Exception e) {
      return false;
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "";
    }
  }
}
