package be.uvcw.convention.misuse;

import be.uvcw.convention.integrity.TaskActor;
import static be.uvcw.convention.lifecycle.ProcessVariables.dateOf;
import static be.uvcw.convention.lifecycle.ProcessVariables.longOf;
import static be.uvcw.convention.lifecycle.ProcessVariables.textOf;

import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.error.BadInput;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of misuse-case. The decision tasks write decision and note; their listener, decidedBy. */
final class MisuseDelegates {

  private MisuseDelegates() {}

  @Component("openMisuseCase")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class OpenMisuseCase implements JavaDelegate {
    private final MisuseCaseService cases;
    private final ConventionRepository conventions;

    /** Opened already by the REST path, or now from the Tasklist start form. */
    @Override
    public void execute(DelegateExecution execution) {
      Long caseId = longOf(execution, "misuseCaseId");
      if (caseId == null) {
        Long conventionId = longOf(execution, "conventionId");
        if (conventionId == null) {
          throw new BadInput("Le numéro de la convention est obligatoire.");
        }
        caseId = cases.open(conventionId, textOf(execution, "facts"), textOf(execution, "openedBy")).getId();
        execution.setVariable("misuseCaseId", caseId);
        execution.setVariable("conventionId", conventionId);
        execution.setVariable("organisationId", conventions.getReferenceById(conventionId).getOrganisation().getId());
      }
      execution.setProcessBusinessKey(MisuseCaseProcess.businessKey(caseId));
      cases.attachProcess(caseId, execution.getProcessInstanceId());
      // The gateway « Accès suspendu ? » reads it: the suspension and lifting steps keep it up to date.
      execution.setVariable("suspended", cases.misuseCase(caseId).isSuspended());
    }
  }

  @Component("warnMisuse")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class WarnMisuse implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.warn(longOf(execution, "misuseCaseId"));
    }
  }

  @Component("suspendAccess")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SuspendAccess implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.suspend(longOf(execution, "misuseCaseId"), decidedBy(execution), textOf(execution, "note"));
      execution.setVariable("suspended", true);
    }
  }

  @Component("liftSuspension")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class LiftSuspension implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.lift(longOf(execution, "misuseCaseId"), decidedBy(execution), textOf(execution, "note"));
      execution.setVariable("suspended", false);
    }
  }

  /** Asynchronous after the decision, whose complete listener already refused a missing date or reference. */
  @Component("recordJudicialReport")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordJudicialReport implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.reportToJudicialAuthorities(longOf(execution, "misuseCaseId"), dateOf(execution, "judicialReportDate"),
          textOf(execution, "judicialReference"), decidedBy(execution));
    }
  }

  @Component("closeMisuseCase")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CloseMisuseCase implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.close(longOf(execution, "misuseCaseId"), decidedBy(execution), textOf(execution, "note"));
      execution.setVariable("suspended", false);
    }
  }

  /** Who completed the decision task that led here (written by ${taskActor}). */
  static String decidedBy(DelegateExecution execution) {
    return TaskActor.recorded(execution, MisuseCaseVariables.DECISION_TASK.get(execution));
  }
}
