package be.uvcw.convention.catalog.request;

import static be.uvcw.convention.catalog.request.ToolRequestVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
      ToolRequest request = service.register(TENANT_ID.get(execution), TOOL_CODE.get(execution),
          MOTIVATION.get(execution), REQUESTED_BY.get(execution), execution.getProcessInstanceId());
      TOOL_REQUEST_ID.set(execution, request.getId());
      ORGANISATION_ID.set(execution, request.getOrganisation().getId());
      ORGANISATION_NAME.set(execution, request.getOrganisation().getName());
      TOOL_NAME.set(execution, request.getTool().getName());
    }
  }

  /** Synchronous after the review task: a refusal without reason keeps the task open. */
  @Component("recordToolRequestDecision")
  static class Decide implements JavaDelegate {
    private final ToolRequestService service;

    Decide(ToolRequestService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String decidedBy = be.uvcw.convention.integrity.TaskActor.current();
      service.decide(TOOL_REQUEST_ID.get(execution), DECISION.get(execution), DECISION_REASON.get(execution), decidedBy);
    }
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
      ToolRequest request = service.recordInstalled(TOOL_REQUEST_ID.get(execution));
      INSTALLED_VERSION.set(execution, request.getInstalledVersion());
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
      service.notifyUser(TOOL_REQUEST_ID.get(execution), NOTICE.get(execution));
    }
  }
}
