package be.uvcw.convention.onboarding;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads what a person submitted with a task. A form's submitted values land on the execution; the
 * defaults a create listener put on the task (today's date) are the fallback. Kept only for the
 * decision listeners (signatures, review) until the decisions rework lands; other code reads
 * {@link OnboardingVariables}.
 */
final class TaskValues {

  private TaskValues() {}

  static Object submitted(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    return value != null && !value.toString().isBlank() ? value : task.getVariableLocal(name);
  }

  static String text(DelegateTask task, String name) {
    Object value = submitted(task, name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
