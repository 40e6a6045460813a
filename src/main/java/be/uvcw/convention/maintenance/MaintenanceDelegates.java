package be.uvcw.convention.maintenance;

import java.time.Clock;
import java.time.LocalDate;
import static be.uvcw.convention.maintenance.MaintenanceMembershipVariables.*;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Register implements JavaDelegate {
    private final MaintenanceTeamService team;

    @Override
    public void execute(DelegateExecution execution) {
      MaintenanceMember member = team.propose(new MaintenanceTeamService.Proposal(MEMBER_USER_ID.get(execution),
          MEMBER_FULL_NAME.get(execution), MEMBER_EMAIL.get(execution),
          MEMBER_ORGANISATION.get(execution), PROPOSED_BY.get(execution)), execution.getProcessInstanceId());
      MAINTENANCE_MEMBER_ID.set(execution, member.getId());
      execution.setProcessBusinessKey(MaintenanceMembershipProcess.businessKey(member.getUserId()));
    }
  }

  /** « Signer la Charte de maintenance », on complete: the Charter accepted on a real day (French 400, the task stays open). */
  @Component("charterSignature")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CheckSignature implements TaskListener {
    private final Clock clock;

    @Override
    public void notify(DelegateTask task) {
      CharterSignature.check(CHARTER_ACCEPTED.raw(task), CHARTER_SIGNED_ON.raw(task),
          LocalDate.now(clock));
    }
  }

  /** « Enregistrer la signature et accorder les droits » (asynchronous after the signing task). */
  @Component("recordCharterSignature")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Sign implements JavaDelegate {
    private final MaintenanceTeamService team;

    @Override
    public void execute(DelegateExecution execution) {
      team.signCharter(MAINTENANCE_MEMBER_ID.get(execution), CHARTER_ACCEPTED.get(execution), CHARTER_SIGNED_ON.get(execution));
    }
  }

  @Component("notifyMaintenanceMember")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Welcome implements JavaDelegate {
    private final MaintenanceTeamService team;

    @Override
    public void execute(DelegateExecution execution) {
      team.welcome(MAINTENANCE_MEMBER_ID.get(execution));
    }
  }
}
