package be.uvcw.convention.platform.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@code static final} {@link ProcessVariable} fields are the variables of the
 * named processes. The contract test checks every expression and form key of those BPMN against
 * them, and docs/process-variables.md is generated from them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessContract {

  /** The BPMN process ids (keys) whose variables this class declares. */
  String[] value();
}
