package be.uvcw.convention.lifecycle;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.FormValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the lifecycle's variables through {@link FormValues}, refusing bad input as BadInput naming the variable.
 * Kept only for lifecycle, misuse and quota while their reworks land: new code uses their
 * {@code @ProcessContract} classes ({@link ConventionLifecycleVariables}, …) instead.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static Long longOf(VariableScope scope, String name) {
    try {
      return FormValues.longValue(scope.getVariable(name));
    } catch (BadInput e) {
      throw new BadInput(e.getMessage() + " (" + name + ")");
    }
  }

  public static LocalDate dateOf(VariableScope scope, String name) {
    try {
      return FormValues.date(scope.getVariable(name));
    } catch (BadInput e) {
      throw new BadInput(e.getMessage() + " (" + name + ")");
    }
  }

  public static String textOf(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
