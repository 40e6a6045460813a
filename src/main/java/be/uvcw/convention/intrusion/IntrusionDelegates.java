package be.uvcw.convention.intrusion;

import static be.uvcw.convention.lifecycle.ProcessVariables.dateOf;
import static be.uvcw.convention.lifecycle.ProcessVariables.longOf;
import static be.uvcw.convention.lifecycle.ProcessVariables.textOf;

import be.uvcw.convention.integrity.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

final class IntrusionDelegates {

  private IntrusionDelegates() {}

  /** Recorded already by the REST path, or now from the Tasklist start form. */
  @Component("recordIntrusionReport")
  static class RecordIntrusionReport implements JavaDelegate {
    private final IntrusionReportService reports;

    RecordIntrusionReport(IntrusionReportService reports) {
      this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Long reportId = longOf(execution, "intrusionReportId");
      if (reportId == null) {
        String reportedBy = textOf(execution, "reportedBy");
        Long organisationId = reports.organisationOfReporter(reportedBy, textOf(execution, "enterpriseNumber"));
        IntrusionReport report = reports.report(organisationId, dateOf(execution, "observedOn"),
            textOf(execution, "description"), IntrusionSeverity.parse(textOf(execution, "reportedSeverity")), reportedBy);
        reportId = report.getId();
        execution.setVariable("intrusionReportId", reportId);
        execution.setVariable("organisationId", organisationId);
        execution.setVariable("triageDeadlineTimer", reports.timer(report));
      }
      reports.attachProcess(reportId, execution.getProcessInstanceId());
    }
  }

  @Component("escalateIntrusionReport")
  static class EscalateIntrusionReport implements JavaDelegate {
    private final IntrusionReportService reports;

    EscalateIntrusionReport(IntrusionReportService reports) {
      this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
      reports.escalate(longOf(execution, "intrusionReportId"));
    }
  }

  /** « Trier et traiter le signalement », on complete: only a triage that can be recorded (French 400, the task stays open). */
  @Component("intrusionTriage")
  static class CheckTriage implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      IntrusionTriage.check(task.getVariable("severity"), task.getVariable("actions"));
    }
  }

  /** « Enregistrer le traitement et informer » (asynchronous after the triage task). */
  @Component("closeIntrusionReport")
  static class CloseIntrusionReport implements JavaDelegate {
    private final IntrusionReportService reports;

    CloseIntrusionReport(IntrusionReportService reports) {
      this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
      reports.close(longOf(execution, "intrusionReportId"), IntrusionSeverity.parse(textOf(execution, "severity")),
          textOf(execution, "actions"), textOf(execution, "closureNote"), TaskActor.recorded(execution, "TraiterSignalement"));
    }
  }
}
