package be.uvcw.convention.dunning;

import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code payment-reminders}: the only code that starts it (one instance per
 * overdue invoice, business key {@code invoice-<number>}) and correlates « FactureSoldee » to it.
 */
@Component
public class PaymentRemindersProcess {

  public static final String KEY = "payment-reminders";
  public static final String SETTLED_MESSAGE = "FactureSoldee";

  private final RuntimeService runtime;
  private final EngineAsApplication engine;

  PaymentRemindersProcess(@Lazy RuntimeService runtime, EngineAsApplication engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  public static String businessKey(String invoiceNumber) {
    return BusinessKeys.of("invoice", invoiceNumber);
  }

  /** Returns the new instance's id. */
  String start(String invoiceNumber, Map<String, Object> variables) {
    return engine.call(() -> runtime.startProcessInstanceByKey(KEY, businessKey(invoiceNumber), variables).getId());
  }

  /** The invoice is paid or credited: its reminders stop (nothing when none is running). */
  void settled(String invoiceNumber) {
    engine.call(() -> runtime.createMessageCorrelation(SETTLED_MESSAGE)
        .processInstanceBusinessKey(businessKey(invoiceNumber)).correlateAllWithResult());
  }
}
