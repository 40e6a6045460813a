package be.uvcw.convention.integrity;

import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.identity.EngineCalls;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a task, a process instance or a process start through the engine's REST
 * API (docs/security.md, « Qui peut faire quoi »). Called by EngineDoorFilter with the caller's
 * engine authentication set; reads candidates, forms and current values as the application.
 */
@Component
@RequiredArgsConstructor
public class TaskRules {

  static final String TASK_NOT_FOUND = "Cette tâche n'existe pas ou ne vous est pas accessible.";
  static final String INSTANCE_NOT_FOUND = "Ce dossier (instance de processus) n'existe pas ou ne vous est pas accessible.";
  static final String NOT_YOURS = "Cette tâche ne vous est pas destinée : seule la personne à qui elle est attribuée, "
      + "ou un membre du groupe chargé de la tâche, peut la terminer.";
  static final String VARIABLES_BY_FORM = "Les données d'un dossier ne se modifient que par le formulaire de la tâche "
      + "(réservé aux administrateurs).";
  static final String NOT_REASSIGNABLE = "Cette tâche ne peut pas être confiée à quelqu'un d'autre : elle est attribuée "
      + "personnellement, ou la personne choisie n'est pas membre du groupe chargé de la tâche.";
  static final String INTERNAL_PROCESS = "Ce processus est démarré par l'application elle-même : il ne se démarre pas à la main.";

  private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final Set<String> TASK_COLLECTION = Set.of("count", "create", "report");
  private static final Set<String> INSTANCE_COLLECTION = Set.of("count", "delete", "delete-historic-query-based",
      "job-retries", "job-retries-historic-query-based", "suspended", "variables-async", "message-async");

  private final ProcessEngine engine;

  /** Throws a Refusal when the request breaks a rule; returns when the engine may handle it. */
  void check(String method, String[] path, Caller caller, JsonNode body) {
    if (path.length < 2) {
      return;
    }
    boolean changes = CHANGES.contains(method);
    switch (path[1]) {
      case "task" -> {
        if (path.length >= 3 && !TASK_COLLECTION.contains(path[2])) {
          task(method, path, caller, body, changes);
        }
      }
      case "process-instance" -> {
        if (path.length >= 3 && INSTANCE_COLLECTION.contains(path[2])) {
          if (changes && path[2].endsWith("-async") && !caller.isAdministrator()) {
            throw Refusal.forbidden(VARIABLES_BY_FORM);
          }
        } else if (path.length >= 3) {
          processInstance(path, caller, changes);
        }
      }
      case "execution", "variable-instance" -> {
        if (changes && path.length >= 4 && !caller.isAdministrator()) {
          throw Refusal.forbidden(VARIABLES_BY_FORM); // localVariables, messageSubscriptions/…/trigger
        }
      }
      case "message", "signal", "condition" -> {
        if (changes && !caller.isAdministrator()) {
          throw Refusal.forbidden("Les messages et signaux sont envoyés par l'application elle-même (réservé aux administrateurs).");
        }
      }
      case "process-definition" -> {
        if (changes && path.length >= 4 && isStart(path[path.length - 1])) {
          start(path, caller, body);
        }
      }
      default -> { }
    }
  }

  private static boolean isStart(String action) {
    return "start".equals(action) || "submit-form".equals(action);
  }

  private void task(String method, String[] path, Caller caller, JsonNode body, boolean changes) {
    String taskId = path[2];
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw Refusal.notFound(TASK_NOT_FOUND);
    }
    if (!changes || caller.isAdministrator()) {
      return;
    }
    String action = path.length >= 4 ? path[3] : "";
    Candidates candidates = candidates(task);
    switch (action) {
      case "complete", "submit-form" -> {
        requireWorker(task, candidates, caller);
        requireFormVariables(body == null ? null : body.path("variables"),
            () -> task.getProcessDefinitionId() == null ? FormFields.NONE : TaskForm.ofTask(engine, taskId), taskId);
      }
      case "comment", "attachment" -> requireWorker(task, candidates, caller);
      case "claim" -> {
        String userId = body == null ? null : body.path("userId").asText(null);
        if (!candidates.isGroupTask() || !candidates.includes(caller) || (userId != null && !userId.equals(caller.userId()))) {
          throw Refusal.forbidden(NOT_REASSIGNABLE);
        }
      }
      case "unclaim" -> {
        if (!candidates.isGroupTask() || !(candidates.includes(caller) || caller.userId().equals(task.getAssignee()))) {
          throw Refusal.forbidden(NOT_REASSIGNABLE);
        }
      }
      case "assignee", "delegate" -> {
        String userId = body == null ? null : body.path("userId").asText(null);
        boolean newPersonMayWork = userId == null ? "assignee".equals(action) : isCandidate(candidates, userId);
        if (!candidates.isGroupTask() || !candidates.includes(caller) || !newPersonMayWork) {
          throw Refusal.forbidden(NOT_REASSIGNABLE);
        }
      }
      default -> throw Refusal.forbidden(VARIABLES_BY_FORM); // variables, localVariables, identity-links, update, delete, bpmnError…
    }
  }

  private void processInstance(String[] path, Caller caller, boolean changes) {
    String id = path[2];
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() == 0) {
      throw Refusal.notFound(INSTANCE_NOT_FOUND);
    }
    if (changes && path.length >= 4 && !caller.isAdministrator()
        && (path[3].equals("variables") || path[3].startsWith("modification"))) {
      throw Refusal.forbidden(VARIABLES_BY_FORM);
    }
  }

  private void start(String[] path, Caller caller, JsonNode body) {
    ProcessDefinition definition = asApplication(() -> definition(path));
    if (definition == null) {
      return; // unknown: the engine answers 404
    }
    if (!definition.isStartableInTasklist()) {
      throw Refusal.forbidden(INTERNAL_PROCESS);
    }
    if (!caller.isAdministrator()) {
      requireFormVariables(body == null ? null : body.path("variables"), () -> TaskForm.ofStart(engine, definition.getId()), null);
    }
  }

  /** /process-definition/{id}/…, /key/{key}/…, /key/{key}/tenant-id/{tenant}/…. */
  private ProcessDefinition definition(String[] path) {
    var repository = engine.getRepositoryService();
    if ("key".equals(path[2]) && path.length >= 5) {
      var query = repository.createProcessDefinitionQuery().processDefinitionKey(path[3]).latestVersion();
      if (path.length >= 7 && "tenant-id".equals(path[4])) {
        query.tenantIdIn(path[5]);
      }
      List<ProcessDefinition> found = query.list();
      return found.isEmpty() ? null : found.get(0);
    }
    try {
      return repository.getProcessDefinition(path[2]);
    } catch (ProcessEngineException e) {
      return null;
    }
  }

  private void requireWorker(Task task, Candidates candidates, Caller caller) {
    if (!caller.userId().equals(task.getAssignee()) && !candidates.includes(caller)) {
      throw Refusal.forbidden(NOT_YOURS);
    }
  }

  /** Only the form's keys; read-only ones only with the value the task shows. */
  private void requireFormVariables(JsonNode variables, java.util.function.Supplier<FormFields> deployedForm, String taskId) {
    if (variables == null || variables.isMissingNode() || variables.isNull() || variables.isEmpty()) {
      return;
    }
    FormFields form = deployedForm.get();
    Set<String> unknown = new TreeSet<>();
    Set<String> changed = new TreeSet<>();
    variables.fieldNames().forEachRemaining(name -> {
      if (!form.keys().contains(name)) {
        unknown.add(name);
      } else if (form.readOnlyKeys().contains(name)
          && !sameValue(variables.path(name).path("value"), taskId == null ? null : currentValue(taskId, name))) {
        changed.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      throw Refusal.badInput("Ces données ne font pas partie du formulaire et sont refusées : " + String.join(", ", unknown) + ".");
    }
    if (!changed.isEmpty()) {
      throw Refusal.badInput("Ces champs sont en lecture seule et ne peuvent pas être modifiés : " + String.join(", ", changed) + ".");
    }
  }

  private Object currentValue(String taskId, String name) {
    return asApplication(() -> engine.getTaskService().getVariable(taskId, name));
  }

  /** Tasklist sends read-only values back as text or numbers: compare what a person would read. */
  static boolean sameValue(JsonNode submitted, Object current) {
    boolean submittedEmpty = submitted == null || submitted.isNull() || submitted.isMissingNode() || submitted.asText().isEmpty();
    if (current == null || current.toString().isEmpty()) {
      return submittedEmpty;
    }
    if (submittedEmpty) {
      return false;
    }
    String given = submitted.isValueNode() ? submitted.asText() : submitted.toString();
    if (given.equals(current.toString())) {
      return true;
    }
    try {
      return new BigDecimal(given).compareTo(new BigDecimal(current.toString())) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Candidates candidates(Task task) {
    return asApplication(() -> {
      List<String> users = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getUserId() != null) {
            users.add(link.getUserId());
          }
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
      }
      return new Candidates(users, groups);
    });
  }

  private boolean isCandidate(Candidates candidates, String userId) {
    return candidates.users().contains(userId) || asApplication(() -> candidates.groups().stream()
        .anyMatch(group -> engine.getIdentityService().createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }

  private <T> T asApplication(java.util.function.Supplier<T> call) {
    return EngineCalls.asApplication(engine.getIdentityService(), call);
  }

  /** The task's candidate users and groups; a task without any is personal (assigned by the model). */
  record Candidates(List<String> users, List<String> groups) {
    boolean isGroupTask() {
      return !users.isEmpty() || !groups.isEmpty();
    }

    boolean includes(Caller caller) {
      return users.contains(caller.userId()) || groups.stream().anyMatch(caller.groups()::contains);
    }
  }

  /** The deployed Camunda Form of a task or of a start event, read as the application. */
  static final class TaskForm {
    private TaskForm() {}

    static FormFields ofTask(ProcessEngine engine, String taskId) {
      return read(engine, () -> engine.getFormService().getDeployedTaskForm(taskId));
    }

    static FormFields ofStart(ProcessEngine engine, String definitionId) {
      return read(engine, () -> engine.getFormService().getDeployedStartForm(definitionId));
    }

    private static FormFields read(ProcessEngine engine, java.util.function.Supplier<InputStream> form) {
      return EngineCalls.asApplication(engine.getIdentityService(), () -> {
        try (InputStream in = form.get()) {
          return FormFields.parse(in);
        } catch (RuntimeException e) {
          return FormFields.NONE; // no deployed Camunda Form (standalone task, embedded form): nothing may be submitted
        } catch (java.io.IOException e) {
          throw new IllegalStateException("Formulaire illisible", e);
        }
      });
    }
  }
}
