package be.uvcw.convention.intrusion;

import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The engine's side of {@code intrusion-report}: the only code that starts it, business key {@code intrusion-report-<id>}. */
@Component
public class IntrusionReportProcess {

  public static final String KEY = "intrusion-report";

  private final RuntimeService runtime;
  private final EngineAsApplication engine;

  IntrusionReportProcess(@Lazy RuntimeService runtime, EngineAsApplication engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  public static String businessKey(long reportId) {
    return BusinessKeys.of("intrusion-report", reportId);
  }

  /** A report made through REST; one from the Tasklist start form gets its key when its first step records it. */
  void start(long reportId, Map<String, Object> variables) {
    engine.call(() -> runtime.startProcessInstanceByKey(KEY, businessKey(reportId), variables));
  }
}
