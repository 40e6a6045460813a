package be.uvcw.convention.lifecycle;

import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code non-renewal-notice}: the only code that starts it, business key
 * {@code non-renewal-notice-<id>} (a letter registered from Tasklist's start form gets it when its
 * first step registers it).
 */
@Component
public class NonRenewalNoticeProcess {

  public static final String KEY = "non-renewal-notice";

  private final RuntimeService runtime;
  private final EngineAsApplication engine;

  NonRenewalNoticeProcess(@Lazy RuntimeService runtime, EngineAsApplication engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  public static String businessKey(long noticeId) {
    return BusinessKeys.of("non-renewal-notice", noticeId);
  }

  void start(long noticeId, Map<String, Object> variables) {
    engine.call(() -> runtime.startProcessInstanceByKey(KEY, businessKey(noticeId), variables));
  }
}
