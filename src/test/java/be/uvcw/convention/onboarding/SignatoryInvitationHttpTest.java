package be.uvcw.convention.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.notification.SecretLinks;
import be.uvcw.convention.testsupport.HttpAs;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.Mailbox;
import be.uvcw.convention.testsupport.Timers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 8's onboarding of a CPAS whose signatories do not exist yet, over HTTP through the real
 * filter chain: each is invited by mail with a personal link, sets a password through it, logs in,
 * sees and signs only their own task; the 14-day reminder brings a fresh link to whoever still has
 * no password; staff resend a link; every earlier link is then refused; the journal never shows one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignatoryInvitationHttpTest {

  static final String STAFF_PASSWORD = "mot-de-passe-personnel-2026";
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ManagementService managementService;
  @Autowired GreenMail smtp;
  @Autowired ObjectMapper json;

  private HttpAs http;

  @BeforeEach
  void client() {
    http = new HttpAs(port, json);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void newSignatoriesAreInvitedActivateTheirAccountAndSignOnlyTheirOwnTask() throws Exception {
    String staff = HttpAs.unionMember(identity, Groups.UNION_STAFF, STAFF_PASSWORD);
    String direction = HttpAs.unionMember(identity, Groups.UNION_MANAGEMENT, STAFF_PASSWORD);
    Mailbox mailbox = new Mailbox(smtp);
    MembershipRequest request = OnboardingRequests.cpas();

    HttpResponse<String> created = http.post("/api/membership-requests", staff, STAFF_PASSWORD, request);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode ids = json.readTree(created.body());
    String pid = ids.get("processInstanceId").asText();
    long organisationId = ids.get("organisationId").asLong();
    String president = ids.get("presidentUserId").asText();
    String secretary = ids.get("secretaryUserId").asText();
    assertThat(president).doesNotContain("namur", "gembloux");
    String review = onlyTask(staff, STAFF_PASSWORD, "processInstanceId=" + pid + "&taskDefinitionKey=VerifierDemande");
    assertThat(http.complete(staff, STAFF_PASSWORD, review, Map.of("reviewDecision", "ACCEPT")).statusCode()).isEqualTo(204);
    Jobs.runAll(managementService, pid);

    // The invitations: what to sign, by when (the day before the 60-day expiry), the .docx, a personal link.
    Job expiry = Timers.timer(managementService, pid, "DelaiSignatureDepasse");
    LocalDate lastDay = LocalDate.ofInstant(expiry.getDuedate().toInstant(), BRUSSELS).minusDays(1);
    MimeMessage presidentInvitation = mailbox.latest(request.firstSignatoryEmail(), "Convention d'accès à signer");
    MimeMessage secretaryInvitation = mailbox.latest(request.secondSignatoryEmail(), "Convention d'accès à signer");
    String text = Mailbox.text(presidentInvitation);
    assertThat(text).contains(request.organisationName(), "en qualité de Président", "Votre identifiant : " + president,
        "À signer au plus tard le " + be.uvcw.convention.platform.french.FrenchText.date(lastDay));
    assertThat(Mailbox.attachments(presidentInvitation)).singleElement().asString().endsWith(".docx");
    String presidentLink = Mailbox.accessLink(presidentInvitation);
    String secretaryInvitationLink = Mailbox.accessLink(secretaryInvitation);
    assertThat(presidentLink).startsWith("http://localhost:" + port + "/activation.html?jeton=");
    assertThat(secretaryInvitationLink).isNotNull().isNotEqualTo(presidentLink);

    // The journal keeps the invitations with the links masked, for staff as for anyone.
    String journal = http.get("/api/mails?organisationId=" + organisationId, staff, STAFF_PASSWORD).body();
    assertThat(journal).contains("Convention d'accès à signer", SecretLinks.MASK)
        .doesNotContain(Mailbox.token(presidentLink), Mailbox.token(secretaryInvitationLink));

    // The President sets a password through the link and lands on their own task.
    String presidentPassword = "Présidence du CPAS 2026";
    JsonNode activated = activate(Mailbox.token(presidentLink), presidentPassword);
    String presidentTask = onlyTask(president, presidentPassword, "");
    assertThat(activated.get("tasklist").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + presidentTask);
    assertThat(http.get("/engine-rest/task/" + presidentTask, president, presidentPassword).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/mails", president, presidentPassword).body()).doesNotContain(Mailbox.token(secretaryInvitationLink))
        .contains(SecretLinks.MASK);
    assertThat(http.activate(Mailbox.token(presidentLink), "Un autre mot de passe long").statusCode())
        .as("a link is spent once used").isEqualTo(409);

    // 14 days later, the reminder: a fresh link for the Secretary (no password yet), none for the President.
    Timers.fire(managementService, pid, Timers.timer(managementService, pid, "RappelSignature"));
    MimeMessage secretaryReminder = mailbox.latest(request.secondSignatoryEmail(), "Rappel : convention d'accès à signer");
    String reminderLink = Mailbox.accessLink(secretaryReminder);
    assertThat(reminderLink).isNotNull().isNotEqualTo(secretaryInvitationLink);
    MimeMessage presidentReminder = mailbox.latest(request.firstSignatoryEmail(), "Rappel : convention d'accès à signer");
    assertThat(Mailbox.accessLink(presidentReminder)).isNull();
    assertThat(Mailbox.text(presidentReminder)).contains("/camunda/app/tasklist/", "identifiant : " + president);
    HttpResponse<String> invitationLinkAfterReminder = http.activate(Mailbox.token(secretaryInvitationLink), "Secrétariat du CPAS 2026");
    assertThat(invitationLinkAfterReminder.statusCode()).isEqualTo(409);
    assertThat(http.message(invitationLinkAfterReminder)).contains("remplacé par un lien plus récent");

    // Staff resend a link: the reminder's link no longer works, the new one does.
    assertThat(http.post("/api/people/" + secretary + "/access-link", staff, STAFF_PASSWORD, Map.of()).statusCode()).isEqualTo(202);
    String resent = Mailbox.accessLink(mailbox.latest(request.secondSignatoryEmail(), "Votre lien d'accès personnel"));
    HttpResponse<String> oldLink = http.activate(Mailbox.token(reminderLink), "Secrétariat du CPAS 2026");
    assertThat(oldLink.statusCode()).isEqualTo(409);
    assertThat(http.message(oldLink)).contains("remplacé par un lien plus récent");
    String secretaryPassword = "Secrétariat du CPAS 2026";
    activate(Mailbox.token(resent), secretaryPassword);
    String secretaryTask = onlyTask(secretary, secretaryPassword, "");

    // Each sees and signs only their own task.
    assertThat(onlyTask(president, presidentPassword, "processInstanceId=" + pid)).isEqualTo(presidentTask);
    assertThat(http.get("/engine-rest/task/" + secretaryTask, president, presidentPassword).statusCode()).isIn(403, 404);
    assertThat(http.complete(president, presidentPassword, secretaryTask, Map.of("secretaryDecision", "SIGN")).statusCode())
        .as("the President cannot sign the Secretary's task").isGreaterThanOrEqualTo(400);
    assertThat(http.complete(president, presidentPassword, presidentTask, Map.of("presidentDecision", "SIGN", "presidentSignedPlace", "Namur"))
        .statusCode()).isEqualTo(204);
    assertThat(http.complete(secretary, secretaryPassword, secretaryTask, Map.of("secretaryDecision", "SIGN", "secretarySignedPlace", "Namur"))
        .statusCode()).isEqualTo(204);
    Jobs.runAll(managementService, pid); // « Enregistrer la décision … » of both signatories
    String countersign = onlyTask(direction, STAFF_PASSWORD, "processInstanceId=" + pid + "&candidateGroup=" + Groups.UNION_MANAGEMENT);
    assertThat(http.complete(direction, STAFF_PASSWORD, countersign, Map.of("unionSignedPlace", "Namur")).statusCode()).isEqualTo(204);
    Jobs.runAll(managementService, pid);

    // Both have a password now: the access information carries no link.
    MimeMessage access = mailbox.latest(request.firstSignatoryEmail(), "Votre accès au Serveur CommunesPlone");
    assertThat(Mailbox.accessLink(access)).isNull();
    assertThat(Mailbox.text(access)).contains("Connectez-vous avec le mot de passe que vous avez choisi");
  }

  private JsonNode activate(String token, String password) throws Exception {
    HttpResponse<String> response = http.activate(token, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String onlyTask(String user, String password, String query) throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/task?" + query, user, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode tasks = json.readTree(response.body());
    assertThat(tasks).as("tasks of %s", user).hasSize(1);
    return tasks.get(0).get("id").asText();
  }
}
