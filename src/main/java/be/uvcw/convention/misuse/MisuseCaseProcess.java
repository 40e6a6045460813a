package be.uvcw.convention.misuse;

import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The engine's side of {@code misuse-case}: the only code that starts it, business key {@code misuse-case-<id>}. */
@Component
public class MisuseCaseProcess {

  public static final String KEY = "misuse-case";

  private final RuntimeService runtime;
  private final EngineAsApplication engine;

  MisuseCaseProcess(@Lazy RuntimeService runtime, EngineAsApplication engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  public static String businessKey(long misuseCaseId) {
    return BusinessKeys.of("misuse-case", misuseCaseId);
  }

  /** A case opened through REST; one opened from the Tasklist start form gets its key when « Ouvrir le dossier » records it. */
  void start(long misuseCaseId, Map<String, Object> variables) {
    engine.call(() -> runtime.startProcessInstanceByKey(KEY, businessKey(misuseCaseId), variables));
  }
}
