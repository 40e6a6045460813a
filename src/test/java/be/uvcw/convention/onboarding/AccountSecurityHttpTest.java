package be.uvcw.convention.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.identity.AccountActivation;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.testsupport.HttpAs;
import be.uvcw.convention.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Issue 8's account attacks, over HTTP: replaced signatory, lock-out by strangers, short passwords through engine-rest. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountSecurityHttpTest {

  static final String PASSWORD = "un-mot-de-passe-de-test";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AccountService accounts;
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
  void aSignatoryReplacedByANewerRequestLosesTheOrganisationAndTheirOpenTasksGoToTheSuccessor() throws Exception {
    String staff = HttpAs.unionMember(identity, Groups.UNION_STAFF, PASSWORD);
    MembershipRequest first = OnboardingRequests.cpas();
    JsonNode ids = json.readTree(http.post("/api/membership-requests", staff, PASSWORD, first).body());
    String pid = ids.get("processInstanceId").asText();
    long conventionId = ids.get("conventionId").asLong();
    String former = ids.get("presidentUserId").asText();
    HttpAs.setPassword(identity, former, PASSWORD);
    String review = json.readTree(http.get("/engine-rest/task?processInstanceId=" + pid, staff, PASSWORD).body()).get(0).get("id").asText();
    assertThat(http.complete(staff, PASSWORD, review, Map.of("reviewDecision", "REFUSE", "refusalReason", "Délibération manquante")).statusCode())
        .isEqualTo(204);
    Jobs.runAll(managementService, pid);
    assertThat(http.get("/api/conventions/" + conventionId, former, PASSWORD).statusCode()).isEqualTo(200);
    String tenant = identity.createTenantQuery().userMember(former).singleResult().getId();
    Task assigned = openTask(tenant, task -> task.setAssignee(former));
    Task offered = openTask(tenant, task -> {});
    taskService.addCandidateUser(offered.getId(), former);
    String formerLink = accounts.issueActivationLink(former, AccountActivation.Purpose.ACCESS_LINK);

    // After the elections, a new request names another President.
    MembershipRequest second = new MembershipRequest(first.organisationName(), first.enterpriseNumber(), first.organisationType(),
        first.municipalityName(), first.street(), first.postalCode(), first.city(), first.billingEmail(), "Claire Nouvelle-Présidente",
        "nouvelle-presidente-" + UUID.randomUUID().toString().substring(0, 6) + "@org.test", first.secondSignatoryName(),
        first.secondSignatoryEmail(), first.toolCodes(), first.requesterEmail());
    HttpResponse<String> replaced = http.post("/api/membership-requests", staff, PASSWORD, second);
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
    String successor = json.readTree(replaced.body()).get("presidentUserId").asText();
    assertThat(successor).isNotEqualTo(former);

    assertThat(http.get("/api/conventions/" + conventionId, former, PASSWORD).statusCode()).isIn(403, 404);
    assertThat(json.readTree(http.get("/engine-rest/task", former, PASSWORD).body())).isEmpty();
    assertThat(identity.createTenantQuery().userMember(former).count()).isZero();
    assertThat(identity.createGroupQuery().groupMember(former).groupId(Groups.SIGNATORIES).count()).isZero();
    assertThat(taskService.createTaskQuery().taskId(assigned.getId()).singleResult().getAssignee()).isEqualTo(successor);
    assertThat(taskService.getIdentityLinksForTask(offered.getId())).filteredOn(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .extracting(l -> l.getUserId()).containsExactly(successor);
    HttpResponse<String> link = http.activate(formerLink.substring(formerLink.indexOf("jeton=") + 6), "Je suis toujours président");
    assertThat(link.statusCode()).isEqualTo(409);
    // The second signatory is the same person (same e-mail): kept.
    assertThat(json.readTree(replaced.body()).get("secretaryUserId").asText()).isEqualTo(ids.get("secretaryUserId").asText());
  }

  @Test
  void strangersGuessingAPasswordOnlySlowTheAccountDownTheAdministratorsIncluded() throws Exception {
    String administrator = HttpAs.unionMember(identity, Groups.ADMIN, PASSWORD);
    for (int attempt = 1; attempt <= 110; attempt++) {
      later(Duration.ofSeconds(61));
      assertThat(http.get("/engine-rest/task", administrator, "mauvais-mot-de-passe-" + attempt).statusCode()).isEqualTo(401);
    }
    // A wrong guess blocks the account for a while (at most 60 s), then the real person gets in.
    assertThat(http.get("/engine-rest/task", administrator, PASSWORD).statusCode()).as("still within the delay").isEqualTo(401);
    later(Duration.ofSeconds(61));
    assertThat(http.get("/engine-rest/task", administrator, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task", administrator, PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void shortPasswordsAndTheUserIdAreRefusedThroughEngineRestAndEveryOtherDoor() throws Exception {
    String staff = HttpAs.unionMember(identity, Groups.UNION_STAFF, PASSWORD);
    HttpResponse<String> shortOne = http.put("/engine-rest/user/" + staff + "/credentials", staff, PASSWORD,
        Map.of("password", "x", "authenticatedUserPassword", PASSWORD));
    assertThat(shortOne.statusCode()).isEqualTo(400);
    assertThat(json.readTree(shortOne.body()).get("message").asText()).isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
    HttpResponse<String> ownId = http.put("/engine-rest/user/" + staff + "/credentials", staff, PASSWORD,
        Map.of("password", staff, "authenticatedUserPassword", PASSWORD));
    assertThat(ownId.statusCode()).isEqualTo(400);
    assertThat(json.readTree(ownId.body()).get("message").asText()).contains("différent de votre identifiant");
    assertThat(http.get("/engine-rest/task", staff, PASSWORD).statusCode()).as("the password is unchanged").isEqualTo(200);

    String administrator = HttpAs.unionMember(identity, Groups.ADMIN, PASSWORD);
    HttpResponse<String> created = http.post("/engine-rest/user/create", administrator, PASSWORD,
        Map.of("profile", Map.of("id", "nouveau-" + UUID.randomUUID().toString().substring(0, 6)), "credentials", Map.of("password", "court")));
    assertThat(created.statusCode()).isEqualTo(400);

    // The engine itself applies the policy (Admin and the welcome page save through it).
    User user = identity.createUserQuery().userId(staff).singleResult();
    user.setPassword("trop-court");
    assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(ProcessEngineException.class);

    HttpResponse<String> good = http.put("/engine-rest/user/" + staff + "/credentials", staff, PASSWORD,
        Map.of("password", "un nouveau mot de passe bien long", "authenticatedUserPassword", PASSWORD));
    assertThat(good.statusCode()).as(good.body()).isEqualTo(204);
    assertThat(http.get("/engine-rest/task", staff, "un nouveau mot de passe bien long").statusCode()).isEqualTo(200);
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  private Task openTask(String tenant, java.util.function.Consumer<Task> setup) {
    Task task = taskService.newTask();
    task.setName("Confirmer l'adaptation livrée");
    task.setTenantId(tenant);
    setup.accept(task);
    taskService.saveTask(task);
    return task;
  }
}
