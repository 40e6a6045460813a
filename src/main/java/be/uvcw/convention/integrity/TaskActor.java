package be.uvcw.convention.integrity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who completed a person's task, the one way (docs/architecture.md, « Runtime »): a complete
 * listener {@code <camunda:taskListener delegateExpression="${taskActor}" event="complete"/>} writes
 * the authenticated user into the process variable {@code <taskId>By} (e.g. {@code VerifierFacturationBy}),
 * so a group task completed without claiming still names its author; the asynchronous « Enregistrer … »
 * step after the task reads it with {@link #recorded} and passes it to the domain.
 */
@Component("taskActor")
public class TaskActor implements TaskListener {

  /** The application itself (its own code or tests calling the Java API without a user). */
  public static final String APPLICATION = "application";

  /** The process variable that holds who completed the user task {@code taskId}. */
  public static String variable(String taskId) {
    return taskId + "By";
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(variable(task.getTaskDefinitionKey()), of(task));
  }

  /** The authenticated user; without one (the Java API), the assignee, else the application. Never null. */
  public String of(DelegateTask task) {
    String user = authenticatedUser();
    if (user != null) {
      return user;
    }
    return task.getAssignee() != null ? task.getAssignee() : APPLICATION;
  }

  /** Who completed the user task {@code taskId}, as its complete listener wrote it. */
  public static String recorded(VariableScope execution, String taskId) {
    Object actor = execution.getVariable(variable(taskId));
    if (actor == null) {
      throw new IllegalStateException("No " + variable(taskId) + ": the task " + taskId + " has no ${taskActor} complete listener");
    }
    return actor.toString();
  }

  private static String authenticatedUser() {
    var context = Context.getCommandContext();
    return context == null ? null : context.getAuthenticatedUserId();
  }
}
