package be.uvcw.convention.integrity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who completed a task, for the process to record (approvedBy, reviewedBy, decidedBy…): the
 * authenticated user, so a group task completed without claiming still names its author. Used in
 * the BPMN as {@code ${taskActor.record(task, 'approvedBy')}} on the complete event.
 */
@Component("taskActor")
public class TaskActor {

  /** The application itself (its own code or tests calling the Java API without a user). */
  public static final String APPLICATION = "application";

  public String of(DelegateTask task) {
    String user = authenticatedUser();
    if (user != null) {
      return user;
    }
    return task.getAssignee() != null ? task.getAssignee() : APPLICATION;
  }

  /** For a step run right after a person's task, in the same call: that person, else the application. */
  public static String current() {
    String user = authenticatedUser();
    return user != null ? user : APPLICATION;
  }

  private static String authenticatedUser() {
    var context = Context.getCommandContext();
    return context == null ? null : context.getAuthenticatedUserId();
  }

  /** Writes the actor into the process variable {@code name} and returns it. */
  public String record(DelegateTask task, String name) {
    String actor = of(task);
    task.getExecution().setVariable(name, actor);
    return actor;
  }
}
