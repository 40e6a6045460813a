package be.uvcw.convention.tooling.update;

import be.uvcw.convention.maintenance.MaintenanceTeamService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The tool-update process's service tasks and its multi-instance collection. */
final class ToolUpdateDelegates {
  private ToolUpdateDelegates() {}

  /** Synchronous: a refused publication rolls back the start. */
  @Component("publishToolRelease")
  static class Publish implements JavaDelegate {
    private final ToolRolloutService rollouts;

    Publish(ToolRolloutService rollouts) {
      this.rollouts = rollouts;
    }

    @Override
    public void execute(DelegateExecution execution) {
      ToolRelease release = rollouts.publish((String) execution.getVariable("toolCode"), (String) execution.getVariable("version"),
          (String) execution.getVariable("releaseNotes"), (String) execution.getVariable("publishedBy"), execution.getProcessInstanceId());
      execution.setVariable("toolReleaseId", release.getId());
      execution.setVariable("toolName", release.getTool().getName());
      execution.setVariable("version", release.getVersion());
      execution.setProcessBusinessKey(release.getTool().getCode() + "-" + release.getVersion());
    }
  }

  /** Asynchronous per space with retries: a failing space ends as an incident on its own job. */
  @Component("updateToolInSpace")
  static class UpdateSpace implements JavaDelegate {
    private final ToolRolloutService rollouts;

    UpdateSpace(ToolRolloutService rollouts) {
      this.rollouts = rollouts;
    }

    @Override
    public void execute(DelegateExecution execution) {
      rollouts.updateSpace((Long) execution.getVariable("toolReleaseId"), (Long) execution.getVariable("spaceId"));
    }
  }

  /** The report (which space is on which version) for the team's task, and by mail to every member. */
  @Component("reportToolRollout")
  static class Report implements JavaDelegate {
    private final ToolRolloutService rollouts;
    private final MaintenanceTeamService team;

    Report(ToolRolloutService rollouts, MaintenanceTeamService team) {
      this.rollouts = rollouts;
      this.team = team;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Long releaseId = (Long) execution.getVariable("toolReleaseId");
      String report = rollouts.reportText(releaseId);
      execution.setVariable("rolloutReport", report);
      team.mailMembers("Rapport de déploiement : " + execution.getVariable("toolName") + " " + execution.getVariable("version"), report);
    }
  }
}
