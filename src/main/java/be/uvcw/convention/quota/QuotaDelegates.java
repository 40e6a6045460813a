package be.uvcw.convention.quota;

import static be.uvcw.convention.lifecycle.ProcessVariables.longOf;

import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.integrity.TaskActor;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

  /** The message throw event « Dépassement signalé »: opens the exceedance and starts its own process. */
  @Component("startQuotaExceedance")
  static class StartQuotaExceedance implements JavaDelegate {
    private final QuotaService quota;
    private final QuotaExceedanceProcess process;

    StartQuotaExceedance(QuotaService quota, QuotaExceedanceProcess process) {
      this.quota = quota;
      this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
      quota.openExceedance(longOf(execution, "spaceId")).ifPresent(process::start);
    }
  }

  /** « Traiter le dépassement du quota »: the actions are required; who completed the task is noted. */
  @Component("quotaExceedanceCheck")
  static class QuotaExceedanceCheck implements TaskListener {
    private final TaskActor actor;

    QuotaExceedanceCheck(TaskActor actor) {
      this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
      try {
        QuotaRules.actionsTaken(task.getVariable("actionsTaken"));
      } catch (IllegalArgumentException wrong) {
        throw Refusal.badInput(wrong.getMessage());
      }
      actor.record(task, "handledBy");
    }
  }

  /** « Enregistrer les actions entreprises », asynchronous after the task. */
  @Component("recordQuotaExceedanceHandling")
  static class RecordQuotaExceedanceHandling implements JavaDelegate {
    private final QuotaService quota;

    RecordQuotaExceedanceHandling(QuotaService quota) {
      this.quota = quota;
    }

    @Override
    public void execute(DelegateExecution execution) {
      quota.recordHandling(longOf(execution, "quotaExceedanceId"), (String) execution.getVariable("actionsTaken"),
          (String) execution.getVariable("handledBy"));
    }
  }
}
