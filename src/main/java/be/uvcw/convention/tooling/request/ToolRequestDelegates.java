package be.uvcw.convention.tooling.request;

import be.uvcw.convention.integrity.TaskActor;
import static be.uvcw.convention.tooling.request.ToolRequestVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Register implements JavaDelegate {
    private final ToolRequestService service;

    @Override
    public void execute(DelegateExecution execution) {
      ToolRequest request = service.register(TENANT_ID.get(execution), TOOL_CODE.get(execution),
          MOTIVATION.get(execution), REQUESTED_BY.get(execution), execution.getProcessInstanceId());
      TOOL_REQUEST_ID.set(execution, request.getId());
      execution.setProcessBusinessKey(ToolRequestProcess.businessKey(request.getId()));
      ORGANISATION_ID.set(execution, request.getOrganisation().getId());
      ORGANISATION_NAME.set(execution, request.getOrganisation().getName());
      TOOL_NAME.set(execution, request.getTool().getName());
    }
  }

  /** « Examiner la demande d'Outil », on complete: only a decision that can be recorded (French 400, the task stays open). */
  @Component("toolRequestReview")
  static class Review implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      ToolRequestDecision.check(text(DECISION.raw(task)), text(DECISION_REASON.raw(task)));
    }
  }

  /** « Enregistrer la décision » (asynchronous after the review): the decision and who took it. */
  @Component("recordToolRequestDecision")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Decide implements JavaDelegate {
    private final ToolRequestService service;

    @Override
    public void execute(DelegateExecution execution) {
      service.decide(TOOL_REQUEST_ID.get(execution), DECISION.get(execution), DECISION_REASON.get(execution),
          TaskActor.recorded(execution, "ExaminerDemandeOutil"));
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Runs in the same job as provisioning's installTool step, right after it. */
  @Component("recordToolInstallation")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordInstallation implements JavaDelegate {
    private final ToolRequestService service;

    @Override
    public void execute(DelegateExecution execution) {
      ToolRequest request = service.recordInstalled(TOOL_REQUEST_ID.get(execution));
      INSTALLED_VERSION.set(execution, request.getInstalledVersion());
    }
  }

  @Component("notifyToolRequest")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Notify implements JavaDelegate {
    private final ToolRequestService service;

    @Override
    public void execute(DelegateExecution execution) {
      service.notifyUser(TOOL_REQUEST_ID.get(execution), NOTICE.get(execution));
    }
  }
}
