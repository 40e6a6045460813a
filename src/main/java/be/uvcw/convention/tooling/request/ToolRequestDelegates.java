package be.uvcw.convention.tooling.request;

import be.uvcw.convention.integrity.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The tool-request process's service tasks: each reads variables and calls ToolRequestService. */
final class ToolRequestDelegates {
  private ToolRequestDelegates() {}

  /** Synchronous: a refused submission rolls back the start and the person sees why. */
  @Component("registerToolRequest")
  static class Register implements JavaDelegate {
    private final ToolRequestService service;

    Register(ToolRequestService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      ToolRequest request = service.register((String) execution.getVariable("tenantId"), (String) execution.getVariable("toolCode"),
          (String) execution.getVariable("motivation"), (String) execution.getVariable("requestedBy"), execution.getProcessInstanceId());
      execution.setVariable("toolRequestId", request.getId());
      execution.setVariable("organisationId", request.getOrganisation().getId());
      execution.setVariable("organisationName", request.getOrganisation().getName());
      execution.setVariable("toolName", request.getTool().getName());
    }
  }

  /** « Examiner la demande d'Outil », on complete: only a decision that can be recorded (French 400, the task stays open). */
  @Component("toolRequestReview")
  static class Review implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      ToolRequestDecision.check(text(task.getVariable("toolRequestDecision")), text(task.getVariable("decisionReason")));
    }
  }

  /** « Enregistrer la décision » (asynchronous after the review): the decision and who took it. */
  @Component("recordToolRequestDecision")
  static class Decide implements JavaDelegate {
    private final ToolRequestService service;

    Decide(ToolRequestService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      service.decide((Long) execution.getVariable("toolRequestId"), (String) execution.getVariable("toolRequestDecision"),
          (String) execution.getVariable("decisionReason"), TaskActor.recorded(execution, "ExaminerDemandeOutil"));
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Runs in the same job as provisioning's installTool step, right after it. */
  @Component("recordToolInstallation")
  static class RecordInstallation implements JavaDelegate {
    private final ToolRequestService service;

    RecordInstallation(ToolRequestService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      ToolRequest request = service.recordInstalled((Long) execution.getVariable("toolRequestId"));
      execution.setVariable("installedVersion", request.getInstalledVersion());
    }
  }

  @Component("notifyToolRequest")
  static class Notify implements JavaDelegate {
    private final ToolRequestService service;

    Notify(ToolRequestService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      service.notifyUser((Long) execution.getVariable("toolRequestId"), (String) execution.getVariable("notice"));
    }
  }
}
