package be.uvcw.convention.misuse;

import static be.uvcw.convention.misuse.MisuseCaseVariables.CONVENTION_ID;
import static be.uvcw.convention.misuse.MisuseCaseVariables.FACTS;
import static be.uvcw.convention.misuse.MisuseCaseVariables.JUDICIAL_REFERENCE;
import static be.uvcw.convention.misuse.MisuseCaseVariables.JUDICIAL_REPORT_DATE;
import static be.uvcw.convention.misuse.MisuseCaseVariables.MISUSE_CASE_ID;
import static be.uvcw.convention.misuse.MisuseCaseVariables.NOTE;
import static be.uvcw.convention.misuse.MisuseCaseVariables.OPENED_BY;
import static be.uvcw.convention.misuse.MisuseCaseVariables.ORGANISATION_ID;
import static be.uvcw.convention.misuse.MisuseCaseVariables.SUSPENDED;

import be.uvcw.convention.integrity.TaskActor;
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
      Long caseId = MISUSE_CASE_ID.get(execution);
      if (caseId == null) {
        Long conventionId = CONVENTION_ID.get(execution);
        if (conventionId == null) {
          throw new BadInput("Le numéro de la convention est obligatoire.");
        }
        caseId = cases.open(conventionId, FACTS.get(execution), OPENED_BY.get(execution)).getId();
        MISUSE_CASE_ID.set(execution, caseId);
        CONVENTION_ID.set(execution, conventionId);
        ORGANISATION_ID.set(execution, conventions.getReferenceById(conventionId).getOrganisation().getId());
      }
      execution.setProcessBusinessKey(MisuseCaseProcess.businessKey(caseId));
      cases.attachProcess(caseId, execution.getProcessInstanceId());
      // The gateway « Accès suspendu ? » reads it: the suspension and lifting steps keep it up to date.
      SUSPENDED.set(execution, cases.misuseCase(caseId).isSuspended());
    }
  }

  @Component("warnMisuse")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class WarnMisuse implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.warn(MISUSE_CASE_ID.get(execution));
    }
  }

  @Component("suspendAccess")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SuspendAccess implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.suspend(MISUSE_CASE_ID.get(execution), decidedBy(execution), NOTE.get(execution));
      SUSPENDED.set(execution, true);
    }
  }

  @Component("liftSuspension")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class LiftSuspension implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.lift(MISUSE_CASE_ID.get(execution), decidedBy(execution), NOTE.get(execution));
      SUSPENDED.set(execution, false);
    }
  }

  /** Asynchronous after the decision, whose complete listener already refused a missing date or reference. */
  @Component("recordJudicialReport")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordJudicialReport implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.reportToJudicialAuthorities(MISUSE_CASE_ID.get(execution), JUDICIAL_REPORT_DATE.get(execution),
          JUDICIAL_REFERENCE.get(execution), decidedBy(execution));
    }
  }

  @Component("closeMisuseCase")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CloseMisuseCase implements JavaDelegate {
    private final MisuseCaseService cases;

    @Override
    public void execute(DelegateExecution execution) {
      cases.close(MISUSE_CASE_ID.get(execution), decidedBy(execution), NOTE.get(execution));
      SUSPENDED.set(execution, false);
    }
  }

  /** Who completed the decision task that led here (written by ${taskActor}). */
  static String decidedBy(DelegateExecution execution) {
    return TaskActor.recorded(execution, MisuseCaseVariables.DECISION_TASK.get(execution));
  }
}
