package be.uvcw.convention.integrity;

import be.uvcw.convention.error.Refusal;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * A refused task completion is an expected answer (a French 400), not a failure: the engine's
 * "ENGINE-16004 Exception while closing command context" and the REST API's "ENGINE-REST-HTTP500"
 * stack traces are dropped when the failure is a {@link Refusal} (seen in the logged exception, or
 * noted by {@link RefusalRecorder} for this request); one line at INFO says what was refused.
 * Any other failure is logged as the engine logs it. Installed by IntegrityConfiguration once logging is set up.
 */
public class RefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
  static final String ENGINE_REST = "org.camunda.bpm.engine.rest.exception";

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(RefusalLogFilter.class);

  /** Adds the filter to Logback (once; Spring Boot resets Logback when it sets logging up for a new context). */
  static void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
      RefusalLogFilter filter = new RefusalLogFilter();
      filter.setContext(context);
      filter.start();
      context.addTurboFilter(filter);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger == null
        || !(ENGINE_CONTEXT.equals(logger.getName()) || ENGINE_REST.equals(logger.getName()))) {
      return FilterReply.NEUTRAL;
    }
    Refusal refusal = Refusal.of(t != null ? t : lastThrowable(params));
    if (refusal == null) {
      refusal = RefusalRecorder.noted();
    }
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    if (ENGINE_CONTEXT.equals(logger.getName())) {
      log.info("Refused ({}): {}", refusal.status(), refusal.getMessage());
    }
    return FilterReply.DENY;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
  }
}
