package be.uvcw.convention.identity;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Definitions are shared (no tenant); each instance started for an organisation gets that
 * organisation's tenant from its "tenantId" variable, and a sub-process inherits its parent's.
 * Union-wide processes (billing runs, Tool rollouts) have none.
 */
public class OrganisationTenantIdProvider implements TenantIdProvider {

  public static final String TENANT_VARIABLE = "tenantId";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    VariableMap variables = ctx.getVariables();
    if (variables != null && variables.get(TENANT_VARIABLE) instanceof String tenant && !tenant.isBlank()) {
      return tenant;
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
