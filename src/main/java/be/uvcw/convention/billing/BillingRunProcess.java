package be.uvcw.convention.billing;

import be.uvcw.convention.platform.BusinessKeys;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code billing-run}: the only code that starts it (REST; Tasklist's start
 * form and billing-run-schedule's call activity start it too). Business key
 * {@code billing-run-<billing date>}, given when the run opens, whoever started it.
 */
@Component
public class BillingRunProcess {

  public static final String KEY = "billing-run";

  private final RuntimeService runtime;

  BillingRunProcess(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  public static String businessKey(LocalDate billingDate) {
    return BusinessKeys.of("billing-run", billingDate);
  }

  /** Runs « Ouvrir la facturation » in the caller's transaction; returns the run's id. */
  public long start(LocalDate billingDate) {
    String instanceId = runtime.startProcessInstanceByKey(KEY, businessKey(billingDate),
        Map.of("billingDate", billingDate.toString())).getId();
    return ((Number) runtime.getVariable(instanceId, "runId")).longValue();
  }
}
