package be.uvcw.convention.platform.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** The {@link ProcessContract} classes on the class path, by process key (read by reflection, no Spring context). */
final class ProcessContracts {

  static final String BASE_PACKAGE = "be.uvcw.convention";

  /** A declared variable and the contract class that declares it for a process. */
  record Declared(ProcessVariable<?> variable, Class<?> contract, String field) {}

  private ProcessContracts() {}

  /** Process key → variable name → declaration (sorted by key, then by name). */
  static Map<String, Map<String, Declared>> byProcess() {
    Map<String, Map<String, Declared>> byProcess = new TreeMap<>();
    for (Class<?> contract : contractClasses()) {
      for (String process : contract.getAnnotation(ProcessContract.class).value()) {
        Map<String, Declared> variables = byProcess.computeIfAbsent(process, p -> new TreeMap<>());
        for (Declared declared : variablesOf(contract)) {
          Declared earlier = variables.putIfAbsent(declared.variable().name(), declared);
          if (earlier != null && !earlier.variable().type().equals(declared.variable().type())) {
            throw new IllegalStateException("Process " + process + ": variable " + declared.variable().name() + " is "
                + earlier.variable().type() + " in " + earlier.contract().getSimpleName() + " but "
                + declared.variable().type() + " in " + contract.getSimpleName());
          }
        }
      }
    }
    return byProcess;
  }

  static List<Class<?>> contractClasses() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessContract.class));
    List<Class<?>> classes = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), ProcessContracts.class.getClassLoader()));
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }

  static List<Declared> variablesOf(Class<?> contract) {
    Map<String, Declared> variables = new LinkedHashMap<>();
    for (Field field : contract.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
        try {
          field.setAccessible(true);
          ProcessVariable<?> variable = (ProcessVariable<?>) field.get(null);
          Declared earlier = variables.put(variable.name(), new Declared(variable, contract, field.getName()));
          if (earlier != null) {
            throw new IllegalStateException(contract.getSimpleName() + " declares " + variable.name() + " twice: "
                + earlier.field() + " and " + field.getName());
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return List.copyOf(variables.values());
  }
}
