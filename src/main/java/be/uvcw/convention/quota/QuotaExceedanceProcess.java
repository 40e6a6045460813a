package be.uvcw.convention.quota;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine's side of quota-exceedance: one instance per exceedance, started by the message
 * « QuotaDepasse » that quota-check throws, with the organisation's tenant so its people and the
 * maintenance team find it like any other of the organisation's processes.
 */
@Component
public class QuotaExceedanceProcess {

  public static final String PROCESS_KEY = "quota-exceedance";
  public static final String MESSAGE = "QuotaDepasse";

  private final RuntimeService runtime;

  QuotaExceedanceProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Business key « quota-exceedance-12 »: the exceedance's number. */
  public static String businessKey(Long exceedanceId) {
    return PROCESS_KEY + "-" + exceedanceId;
  }

  void start(QuotaService.Opened opened) {
    runtime.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(businessKey(opened.exceedanceId()))
        .setVariable("quotaExceedanceId", opened.exceedanceId())
        .setVariable("spaceId", opened.spaceId())
        .setVariable("organisationId", opened.organisationId())
        .setVariable("organisationName", opened.organisationName())
        .setVariable("tenantId", opened.tenantId())
        .setVariable("spaceDescription", opened.spaceDescription())
        .correlateStartMessage();
  }
}
