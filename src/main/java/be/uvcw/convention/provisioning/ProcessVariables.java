package be.uvcw.convention.provisioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the variables the provisioning delegates need, whatever number type a caller stored. */
final class ProcessVariables {

  private ProcessVariables() {}

  static Long organisationId(DelegateExecution execution) {
    Object value = execution.getVariable("organisationId");
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      return Long.valueOf(text.trim());
    }
    throw new IllegalStateException("Process variable organisationId is missing in " + execution.getProcessInstanceId());
  }

  static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("Process variable " + name + " is missing in " + execution.getProcessInstanceId());
    }
    return value.toString();
  }
}
