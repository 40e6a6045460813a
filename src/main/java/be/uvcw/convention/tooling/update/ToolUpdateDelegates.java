package be.uvcw.convention.tooling.update;

import static be.uvcw.convention.tooling.update.ToolUpdateVariables.*;

import be.uvcw.convention.maintenance.MaintenanceTeamService;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The tool-update process's service tasks and its multi-instance collection. */
final class ToolUpdateDelegates {
  private ToolUpdateDelegates() {}

  /** Synchronous: a refused publication rolls back the start. */
  @Component("publishToolRelease")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Publish implements JavaDelegate {
    private final ToolRolloutService rollouts;

    @Override
    public void execute(DelegateExecution execution) {
      ToolRelease release = rollouts.publish(TOOL_CODE.get(execution), VERSION.get(execution),
          RELEASE_NOTES.get(execution), PUBLISHED_BY.get(execution), execution.getProcessInstanceId());
      TOOL_RELEASE_ID.set(execution, release.getId());
      TOOL_NAME.set(execution, release.getTool().getName());
      VERSION.set(execution, release.getVersion());
      execution.setProcessBusinessKey(ToolUpdateProcess.businessKey(release.getTool().getCode(), release.getVersion()));
    }
  }

  /** Asynchronous per space with retries: a failing space ends as an incident on its own job. */
  @Component("updateToolInSpace")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class UpdateSpace implements JavaDelegate {
    private final ToolRolloutService rollouts;

    @Override
    public void execute(DelegateExecution execution) {
      rollouts.updateSpace(TOOL_RELEASE_ID.get(execution), SPACE_ID.get(execution));
    }
  }

  /** The report (which space is on which version) for the team's task, and by mail to every member. */
  @Component("reportToolRollout")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Report implements JavaDelegate {
    private final ToolRolloutService rollouts;
    private final MaintenanceTeamService team;

    @Override
    public void execute(DelegateExecution execution) {
      Long releaseId = TOOL_RELEASE_ID.get(execution);
      String report = rollouts.reportText(releaseId);
      ROLLOUT_REPORT.set(execution, report);
      team.mailMembers("Rapport de déploiement : " + TOOL_NAME.get(execution) + " " + VERSION.get(execution), report);
    }
  }
}
