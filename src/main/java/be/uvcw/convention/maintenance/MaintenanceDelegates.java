package be.uvcw.convention.maintenance;

import java.time.Clock;
import java.time.LocalDate;
import be.uvcw.convention.platform.BusinessKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The maintenance-membership process's service tasks. */
final class MaintenanceDelegates {
  private MaintenanceDelegates() {}

  /** Synchronous: an invalid proposal rolls back the start. */
  @Component("registerMaintenanceProposal")
  static class Register implements JavaDelegate {
    private final MaintenanceTeamService team;

    Register(MaintenanceTeamService team) {
      this.team = team;
    }

    @Override
    public void execute(DelegateExecution execution) {
      MaintenanceMember member = team.propose(new MaintenanceTeamService.Proposal((String) execution.getVariable("memberUserId"),
          (String) execution.getVariable("memberFullName"), (String) execution.getVariable("memberEmail"),
          (String) execution.getVariable("memberOrganisation"), (String) execution.getVariable("proposedBy")), execution.getProcessInstanceId());
      execution.setVariable("maintenanceMemberId", member.getId());
      execution.setProcessBusinessKey(BusinessKeys.of("maintenance-membership", member.getUserId()));
    }
  }

  /** « Signer la Charte de maintenance », on complete: the Charter accepted on a real day (French 400, the task stays open). */
  @Component("charterSignature")
  static class CheckSignature implements TaskListener {
    private final Clock clock;

    CheckSignature(Clock clock) {
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      CharterSignature.check(task.getVariable("charterAccepted"), task.getVariable("charterSignedOn"), LocalDate.now(clock));
    }
  }

  /** « Enregistrer la signature et accorder les droits » (asynchronous after the signing task). */
  @Component("recordCharterSignature")
  static class Sign implements JavaDelegate {
    private final MaintenanceTeamService team;

    Sign(MaintenanceTeamService team) {
      this.team = team;
    }

    @Override
    public void execute(DelegateExecution execution) {
      team.signCharter((Long) execution.getVariable("maintenanceMemberId"), execution.getVariable("charterAccepted"),
          execution.getVariable("charterSignedOn"));
    }
  }

  @Component("notifyMaintenanceMember")
  static class Welcome implements JavaDelegate {
    private final MaintenanceTeamService team;

    Welcome(MaintenanceTeamService team) {
      this.team = team;
    }

    @Override
    public void execute(DelegateExecution execution) {
      team.welcome((Long) execution.getVariable("maintenanceMemberId"));
    }
  }
}
