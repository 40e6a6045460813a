package be.uvcw.convention.engine;

import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.platform.process.CommonVariables;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Definitions are shared (no tenant); each instance started for an organisation gets that
 * organisation's tenant from its "tenantId" variable (an onboarding started from its Tasklist start
 * form: from its valid "enterpriseNumber"), and a sub-process inherits its parent's.
 * Union-wide processes (billing runs, Tool rollouts) have none.
 */
public class OrganisationTenantIdProvider implements TenantIdProvider {

  public static final String TENANT_VARIABLE = CommonVariables.TENANT_ID.name();
  static final String ONBOARDING_PROCESS = "onboarding";
  static final String ENTERPRISE_NUMBER_VARIABLE = "enterpriseNumber";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    VariableMap variables = ctx.getVariables();
    if (variables != null && variables.get(TENANT_VARIABLE) instanceof String tenant && !tenant.isBlank()) {
      return tenant;
    }
    // A membership request typed in the Tasklist start form has no tenantId yet, only the enterprise number.
    if (variables != null && ONBOARDING_PROCESS.equals(ctx.getProcessDefinition().getKey())
        && variables.get(ENTERPRISE_NUMBER_VARIABLE) instanceof String number && EnterpriseNumber.isValid(number)) {
      return Organisation.tenantIdFor(EnterpriseNumber.parse(number));
    }
    DelegateExecution superExecution = ctx.getSuperExecution();
    return superExecution != null ? superExecution.getTenantId() : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
