package be.uvcw.convention.quota;

import be.uvcw.convention.integrity.TaskActor;
import java.util.ArrayList;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

final class QuotaDelegates {

  private QuotaDelegates() {}

  @Component("listSpacesToMeasure")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class ListSpacesToMeasure implements JavaDelegate {
    private final QuotaService quota;

    @Override
    public void execute(DelegateExecution execution) {
      QuotaCheckVariables.SPACE_IDS.set(execution, new ArrayList<>(quota.spacesToMeasure()));
    }
  }

  /** Writes quotaWarn / quotaOver on the space's own (multi-instance) execution. */
  @Component("measureSpace")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class MeasureSpace implements JavaDelegate {
    private final QuotaService quota;

    @Override
    public void execute(DelegateExecution execution) {
      QuotaRules.Assessment assessment = quota.measure(QuotaCheckVariables.SPACE_ID.required(execution));
      QuotaCheckVariables.QUOTA_WARN.setLocal(execution, assessment.warn());
      QuotaCheckVariables.QUOTA_OVER.setLocal(execution, assessment.openTask());
    }
  }

  @Component("warnQuota")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class WarnQuota implements JavaDelegate {
    private final QuotaService quota;

    @Override
    public void execute(DelegateExecution execution) {
      quota.warn(QuotaCheckVariables.SPACE_ID.required(execution));
    }
  }

  /** The message throw event « Dépassement signalé »: opens the exceedance and starts its own process. */
  @Component("startQuotaExceedance")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class StartQuotaExceedance implements JavaDelegate {
    private final QuotaService quota;
    private final QuotaExceedanceProcess process;

    @Override
    public void execute(DelegateExecution execution) {
      quota.openExceedance(QuotaCheckVariables.SPACE_ID.required(execution)).ifPresent(process::start);
    }
  }

  /** « Traiter le dépassement du quota »: the actions are required (a French 400, the task stays open). */
  @Component("quotaExceedanceCheck")
  static class QuotaExceedanceCheck implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      QuotaRules.actionsTaken(QuotaExceedanceVariables.ACTIONS_TAKEN.get(task));
    }
  }

  /** « Enregistrer les actions entreprises », asynchronous after the task. */
  @Component("recordQuotaExceedanceHandling")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordQuotaExceedanceHandling implements JavaDelegate {
    private final QuotaService quota;

    @Override
    public void execute(DelegateExecution execution) {
      quota.recordHandling(QuotaExceedanceVariables.QUOTA_EXCEEDANCE_ID.required(execution),
          QuotaExceedanceVariables.ACTIONS_TAKEN.get(execution), TaskActor.recorded(execution, "LibererEspace"));
    }
  }
}
