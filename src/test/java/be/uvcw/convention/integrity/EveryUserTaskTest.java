package be.uvcw.convention.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.identity.IdentitySetup;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Walks every user task of every deployed process (read from the engine's repository, so a new
 * process is walked without touching this test): each has a form and an owner (assignee or
 * candidates); over HTTP, a person outside them is refused, and the people it belongs to cannot
 * submit a variable its form does not name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EveryUserTaskTest {

  private static final Pattern SIMPLE_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
  private static final String FOREIGN_VARIABLE = "conventionIdInjecte";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  @Test
  void everyUserTaskIsCompletedOnlyByItsPeopleWithOnlyItsFormsFields() throws Exception {
    EngineHttp http = new EngineHttp(port, identity);
    String tenantId = tenant();
    String assignee = http.person(Groups.SIGNATORIES, tenantId);
    String otherSignatory = http.person(Groups.SIGNATORIES, tenantId);
    Map<String, String> groupMembers = new HashMap<>();
    List<String> walked = new ArrayList<>();

    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        String name = definition.getKey() + "/" + userTask.getId();
        List<String> groups = split(userTask.getCamundaCandidateGroups());
        boolean personal = userTask.getCamundaAssignee() != null;
        assertThat(userTask.getCamundaFormRef()).as("%s has a Camunda Form", name).isNotBlank();
        assertThat(personal || !groups.isEmpty() || userTask.getCamundaCandidateUsers() != null)
            .as("%s belongs to an assignee or candidates", name).isTrue();

        Task task = startAt(definition, userTask, tenantId, assignee);
        try {
          String owner = personal ? assignee : groupMembers.computeIfAbsent(groups.isEmpty() ? Groups.UNION_STAFF : groups.get(0),
              group -> http.person(group, null));
          String complete = "/engine-rest/task/" + task.getId() + "/complete";

          for (String outsider : outsiders(http, groups, otherSignatory, groupMembers)) {
            HttpResponse<String> refused = http.post(complete, outsider, Map.of());
            assertThat(refused.statusCode()).as("%s completed by %s: %s", name, outsider, refused.body()).isIn(403, 404);
          }

          HttpResponse<String> foreign = http.post(complete, owner, EngineHttp.variables(FOREIGN_VARIABLE, "Long", 1));
          assertThat(foreign.statusCode()).as("%s with a variable outside its form: %s", name, foreign.body()).isEqualTo(400);
          assertThat(http.message(foreign)).contains(FOREIGN_VARIABLE, "ne font pas partie du formulaire");

          HttpResponse<String> ownFields = http.post(complete, owner, Map.of("variables", Map.of()));
          assertThat(ownFields.statusCode()).as("%s by its owner: %s", name, ownFields.body()).isNotIn(403, 404);
          walked.add(name);
        } finally {
          if (runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(task.getProcessInstanceId(), "walked by EveryUserTaskTest", true, true);
          }
        }
      }
    }
    assertThat(walked).contains("onboarding/SignerPresident", "onboarding/SignerSecretaire", "onboarding/ContresignerConvention",
        "billing-run/VerifierFacturation", "fee-indexation/ApprouverIndexation").hasSizeGreaterThanOrEqualTo(18);
  }

  /** People who can see the task (Union staff and management read every task) but are not its owners. */
  private static List<String> outsiders(EngineHttp http, List<String> groups, String otherSignatory,
      Map<String, String> members) {
    List<String> outsiders = new ArrayList<>();
    for (String group : List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE, Groups.MAINTENANCE)) {
      if (!groups.contains(group)) { // a candidate group may complete a task that also has an assignee
        outsiders.add(members.computeIfAbsent(group, g -> http.person(g, null)));
      }
    }
    outsiders.add(otherSignatory);
    return outsiders;
  }

  /** A process instance waiting at that task, in the test organisation's tenant, listeners skipped. */
  private Task startAt(ProcessDefinition definition, UserTask userTask, String tenantId, String assignee) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("tenantId", tenantId);
    collect(userTask.getCamundaAssignee(), variables, assignee);
    collect(userTask.getCamundaCandidateUsers(), variables, List.of(assignee));
    collect(userTask.getCamundaCandidateGroups(), variables, Groups.UNION_STAFF);
    collect(userTask.getCamundaDueDate(), variables, new Date());
    collect(userTask.getCamundaFollowUpDate(), variables, new Date());
    collect(userTask.getName(), variables, "Organisation de test");
    for (BoundaryEvent boundary : userTask.getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
      if (boundary.getAttachedTo() == userTask) {
        for (TimerEventDefinition timer : boundary.getChildElementsByType(TimerEventDefinition.class)) {
          collect(timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent(), variables, "PT1H");
          collect(timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent(), variables, "R1/PT1H");
          collect(timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent(), variables, "2099-01-01T00:00:00");
        }
      }
    }
    for (ModelElementInstance scope = userTask.getParentElement(); scope != null; scope = scope.getParentElement()) {
      for (MultiInstanceLoopCharacteristics loop : scope.getChildElementsByType(MultiInstanceLoopCharacteristics.class)) {
        collect(loop.getCamundaCollection(), variables, List.of("un"));
      }
    }
    String pid = runtime.createProcessInstanceById(definition.getId()).startBeforeActivity(userTask.getId())
        .setVariables(variables).execute(true, true).getId();
    return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(userTask.getId()).singleResult();
  }

  private static void collect(String expression, Map<String, Object> variables, Object value) {
    if (expression == null) {
      return;
    }
    Matcher matcher = SIMPLE_EXPRESSION.matcher(expression);
    while (matcher.find()) {
      variables.putIfAbsent(matcher.group(1), value);
    }
  }

  private String tenant() {
    String id = "org-walk-" + UUID.randomUUID().toString().substring(0, 8);
    Tenant tenant = identity.newTenant(id);
    tenant.setName("Organisation de test " + id);
    identity.saveTenant(tenant);
    for (String group : IdentitySetup.UNION_GROUPS) {
      identity.createTenantGroupMembership(id, group);
    }
    return id;
  }

  private static List<String> split(String list) {
    return list == null || list.isBlank() ? List.of() : List.of(list.split("\\s*,\\s*"));
  }

}
