package be.uvcw.convention.quota;

import static be.uvcw.convention.lifecycle.ProcessVariables.longOf;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

final class QuotaDelegates {

  private QuotaDelegates() {}

  @Component("listSpacesToMeasure")
  static class ListSpacesToMeasure implements JavaDelegate {
    private final QuotaService quota;

    ListSpacesToMeasure(QuotaService quota) {
      this.quota = quota;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable("spaceIds", new ArrayList<>(quota.spacesToMeasure()));
    }
  }

  /** Writes quotaWarn / quotaOver on the space's own (multi-instance) execution. */
  @Component("measureSpace")
  static class MeasureSpace implements JavaDelegate {
    private final QuotaService quota;

    MeasureSpace(QuotaService quota) {
      this.quota = quota;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Long spaceId = longOf(execution, "spaceId");
      QuotaRules.Assessment assessment = quota.measure(spaceId);
      execution.setVariableLocal("quotaWarn", assessment.warn());
      execution.setVariableLocal("quotaOver", assessment.openTask());
      execution.setVariableLocal("spaceDescription", quota.describe(spaceId));
    }
  }

  @Component("warnQuota")
  static class WarnQuota implements JavaDelegate {
    private final QuotaService quota;

    WarnQuota(QuotaService quota) {
      this.quota = quota;
    }

    @Override
    public void execute(DelegateExecution execution) {
      quota.warn(longOf(execution, "spaceId"));
    }
  }
}
