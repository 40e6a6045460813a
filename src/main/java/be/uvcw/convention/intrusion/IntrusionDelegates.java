package be.uvcw.convention.intrusion;

import static be.uvcw.convention.intrusion.IntrusionReportVariables.*;

import be.uvcw.convention.integrity.TaskActor;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

final class IntrusionDelegates {

  private IntrusionDelegates() {}

  /** Recorded already by the REST path, or now from the Tasklist start form. */
  @Component("recordIntrusionReport")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordIntrusionReport implements JavaDelegate {
    private final IntrusionReportService reports;

    @Override
    public void execute(DelegateExecution execution) {
      Long reportId = INTRUSION_REPORT_ID.get(execution);
      if (reportId == null) {
        String reportedBy = REPORTED_BY.get(execution);
        Long organisationId = reports.organisationOfReporter(reportedBy, ENTERPRISE_NUMBER.get(execution));
        IntrusionReport report = reports.report(organisationId, OBSERVED_ON.get(execution),
            DESCRIPTION.get(execution), IntrusionSeverity.parse(REPORTED_SEVERITY.get(execution)), reportedBy);
        reportId = report.getId();
        INTRUSION_REPORT_ID.set(execution, reportId);
        ORGANISATION_ID.set(execution, organisationId);
        TRIAGE_DEADLINE_TIMER.set(execution, reports.timer(report));
      }
      execution.setProcessBusinessKey(IntrusionReportProcess.businessKey(reportId));
      reports.attachProcess(reportId, execution.getProcessInstanceId());
    }
  }

  @Component("escalateIntrusionReport")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class EscalateIntrusionReport implements JavaDelegate {
    private final IntrusionReportService reports;

    @Override
    public void execute(DelegateExecution execution) {
      reports.escalate(INTRUSION_REPORT_ID.get(execution));
    }
  }

  /** « Trier et traiter le signalement », on complete: only a triage that can be recorded (French 400, the task stays open). */
  @Component("intrusionTriage")
  static class CheckTriage implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      IntrusionTriage.check(IntrusionReportVariables.SEVERITY.raw(task), IntrusionReportVariables.ACTIONS.raw(task));
    }
  }

  /** « Enregistrer le traitement et informer » (asynchronous after the triage task). */
  @Component("closeIntrusionReport")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CloseIntrusionReport implements JavaDelegate {
    private final IntrusionReportService reports;

    @Override
    public void execute(DelegateExecution execution) {
      reports.close(INTRUSION_REPORT_ID.get(execution), IntrusionSeverity.parse(SEVERITY.get(execution)),
          ACTIONS.get(execution), CLOSURE_NOTE.get(execution), TaskActor.recorded(execution, "TraiterSignalement"));
    }
  }
}
