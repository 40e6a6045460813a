package be.uvcw.convention.identity;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the engine adapters that only start their process by key and business key share: the start
 * and the message correlation, on the application's authority ({@link EngineAsApplication}), so
 * staff need no right to start an internal process. Each process keeps its own adapter, which
 * names its key, its business key and its messages.
 */
@Component
public class ProcessStarter {

  private final RuntimeService runtime;
  private final EngineAsApplication engine;

  ProcessStarter(@Lazy RuntimeService runtime, EngineAsApplication engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  /** Starts {@code processKey} with {@code businessKey}; returns the new instance's id. */
  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    return engine.call(() -> runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId());
  }

  /**
   * Starts {@code processKey} without a business key, for a process whose first (synchronous) step
   * registers its subject and sets the key then ({@code tool-request-<id>}, …); returns the instance's id.
   */
  public String start(String processKey, Map<String, Object> variables) {
    return start(processKey, null, variables);
  }

  /** Correlates {@code message} to every instance waiting for it under {@code businessKey} (none is fine). */
  public void correlateAll(String message, String businessKey) {
    engine.call(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlateAllWithResult());
  }
}
