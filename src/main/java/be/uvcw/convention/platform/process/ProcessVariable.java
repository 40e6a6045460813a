package be.uvcw.convention.platform.process;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.FormValues;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One process variable: its name, once, and how it is read and stored. Reads accept what Tasklist
 * forms, REST calls and tests store (a date as ISO text, a java.util.Date or a LocalDate; a number
 * as Long, Integer or text); writes store the form the BPMN and the forms read (dates as ISO text,
 * amounts as plain decimal text, ids as Long), so Cockpit shows readable values.
 *
 * <p>Declared as {@code static final} fields of a {@link ProcessContract} class per process.
 */
public final class ProcessVariable<T> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final String type;
  private final String description;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, String type, String description, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = Objects.requireNonNull(name);
    this.type = type;
    this.description = description == null ? "" : description;
    this.reader = reader;
    this.writer = writer;
  }

  /** Free text (a decision code, a user id, a reason). */
  public static ProcessVariable<String> text(String name, String description) {
    return new ProcessVariable<>(name, "text", description, value -> value == null ? null : value.toString(), value -> value);
  }

  /** A database id, stored as Long. */
  public static ProcessVariable<Long> id(String name, String description) {
    return new ProcessVariable<>(name, "id (Long)", description, FormValues::longValue, value -> value);
  }

  /** A count or an index, stored as Integer. */
  public static ProcessVariable<Integer> count(String name, String description) {
    return new ProcessVariable<>(name, "count (Integer)", description, value -> {
      Long number = FormValues.longValue(value);
      return number == null ? null : Math.toIntExact(number);
    }, value -> value);
  }

  /** A yes/no, stored as Boolean (a form's checkbox, or the text "true"). */
  public static ProcessVariable<Boolean> flag(String name, String description) {
    return new ProcessVariable<>(name, "flag (Boolean)", description, value -> {
      if (value == null || value instanceof Boolean) {
        return (Boolean) value;
      }
      String text = value.toString().trim();
      return text.isEmpty() ? null : Boolean.valueOf(text);
    }, value -> value);
  }

  /** A day, stored as ISO text ("2026-07-01") as Tasklist's date fields submit it. */
  public static ProcessVariable<LocalDate> date(String name, String description) {
    return new ProcessVariable<>(name, "date (ISO text)", description, FormValues::date, value -> value == null ? null : value.toString());
  }

  /** An amount in euros, stored as plain decimal text ("84.38"); a form may type "84,38". */
  public static ProcessVariable<BigDecimal> amount(String name, String description) {
    return new ProcessVariable<>(name, "amount (decimal text)", description, value -> decimal(name, value),
        value -> value == null ? null : value.toPlainString());
  }

  /** A list of codes, stored as a JSON array (readable in Cockpit, iterable by a multi-instance). */
  public static ProcessVariable<List<String>> textList(String name, String description) {
    return new ProcessVariable<>(name, "list of texts (JSON)", description, ProcessVariable::stringList,
        value -> value == null ? null
            : Variables.objectValue(new ArrayList<>(value)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }

  /** A list stored as comma-separated text ("NC-2026-00001,NC-2026-00002"), readable in Cockpit. */
  public static ProcessVariable<List<String>> commaList(String name, String description) {
    return new ProcessVariable<>(name, "list (comma-separated text)", description,
        value -> value == null || value.toString().isBlank() ? List.of()
            : Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
        value -> value == null ? null : String.join(",", value));
  }

  /** A value the engine or a library shapes (a Spin JSON document, a timer expression): read as stored. */
  public static ProcessVariable<Object> value(String name, String type, String description) {
    return new ProcessVariable<>(name, type, description, value -> value, value -> value);
  }

  public String name() {
    return name;
  }

  /** What is stored, for docs/process-variables.md. */
  public String type() {
    return type;
  }

  public String description() {
    return description;
  }

  /** The value converted from what a scope, a map or the engine holds; null when missing. */
  public T read(Object stored) {
    return reader.apply(stored);
  }

  /** The form this variable is stored in. */
  public Object stored(T value) {
    return writer.apply(value);
  }

  /** The value as stored, unconverted: for a rule that checks a person's raw input and words the refusal itself. */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }

  /**
   * What a person submitted with a task: completing a task stores the form's values on the execution,
   * so that value wins; else the task's own default (a create listener's); blank counts as missing.
   */
  public T submitted(DelegateTask task) {
    Object value = blankAsNull(task.getExecution().getVariable(name));
    return read(value != null ? value : blankAsNull(task.getVariableLocal(name)));
  }

  /** The value, or null when the variable is not set. */
  public T get(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  /** The value; missing or blank is a broken process, not a user's mistake. */
  public T required(VariableScope scope) {
    return required(scope.getVariable(name), " in " + scopeName(scope));
  }

  public Optional<T> optional(VariableScope scope) {
    return Optional.ofNullable(blankAsNull(scope.getVariable(name))).map(this::read);
  }

  /** The value in a variables map (a REST start, a test's variables); null when missing. */
  public T from(Map<String, ?> variables) {
    return read(variables.get(name));
  }

  /** The value of a running process instance (or execution), or null when not set. */
  public T get(RuntimeService runtime, String executionId) {
    return read(runtime.getVariable(executionId, name));
  }

  /** The value of a running process instance (or execution), read through the RuntimeService. */
  public T required(RuntimeService runtime, String executionId) {
    return required(runtime.getVariable(executionId, name), " in " + executionId);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  /** Adds this variable to a map being built to start or correlate a process; returns the map. */
  public <M extends Map<String, Object>> M putIn(M variables, T value) {
    variables.put(name, stored(value));
    return variables;
  }

  /** A fresh map with this variable, to chain further {@link #putIn} calls. */
  public VariableMap with(T value) {
    return putIn(Variables.createVariables(), value);
  }

  @Override
  public String toString() {
    return name;
  }

  private T required(Object stored, String where) {
    if (blankAsNull(stored) == null) {
      throw new IllegalStateException("Process variable " + name + " is missing" + where);
    }
    return read(stored);
  }

  private static Object blankAsNull(Object value) {
    return value instanceof String text && text.isBlank() ? null : value;
  }

  private static String scopeName(VariableScope scope) {
    return scope.getVariableScopeKey() + " " + scope;
  }

  private static BigDecimal decimal(String name, Object value) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new BadInput("« " + text + " » n'est pas un montant valide (ex. 99,22).", e);
    }
  }

  /** From a Java collection, a JSON array (Tasklist's checklist) or comma-separated text. */
  private static List<String> stringList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      try {
        return JSON.readValue(text, new TypeReference<List<String>>() {});
      } catch (Exception e) {
        throw new BadInput("Liste illisible (" + text + ").", e);
      }
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
