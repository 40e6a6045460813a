package be.uvcw.convention.quota;

import be.uvcw.convention.platform.BusinessKeys;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The engine's side of quota-exceedance: one instance per exceedance, started by the message
 * « QuotaDepasse » that quota-check throws, with the organisation's tenant so its people and the
 * maintenance team find it like any other of the organisation's processes.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class QuotaExceedanceProcess {

  public static final String PROCESS_KEY = "quota-exceedance";
  public static final String MESSAGE = "QuotaDepasse";

  private final RuntimeService runtime;

  /** Business key « quota-exceedance-12 »: the exceedance's number. */
  public static String businessKey(Long exceedanceId) {
    return BusinessKeys.of(PROCESS_KEY, exceedanceId);
  }

  void start(QuotaService.Opened opened) {
    runtime.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(businessKey(opened.exceedanceId()))
        .setVariables(variables(opened))
        .correlateStartMessage();
  }

  private static VariableMap variables(QuotaService.Opened opened) {
    VariableMap variables = QuotaExceedanceVariables.QUOTA_EXCEEDANCE_ID.with(opened.exceedanceId());
    QuotaExceedanceVariables.SPACE_ID.putIn(variables, opened.spaceId());
    QuotaExceedanceVariables.ORGANISATION_ID.putIn(variables, opened.organisationId());
    QuotaExceedanceVariables.ORGANISATION_NAME.putIn(variables, opened.organisationName());
    QuotaExceedanceVariables.TENANT_ID.putIn(variables, opened.tenantId());
    QuotaExceedanceVariables.SPACE_DESCRIPTION.putIn(variables, opened.spaceDescription());
    return variables;
  }
}
