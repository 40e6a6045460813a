package be.uvcw.convention.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads variables as Tasklist forms and REST calls write them (numbers as Long, Integer or Double; dates as ISO text). */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static Long longOf(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new LifecycleException.BadInput("« " + value + " » n'est pas un numéro valide (" + name + ").");
    }
  }

  public static LocalDate dateOf(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(Formats.BRUSSELS).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new LifecycleException.BadInput("« " + text + " » n'est pas une date valide (" + name + ").");
    }
  }

  public static String textOf(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
