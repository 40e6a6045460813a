package be.uvcw.convention.adaptation;

import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.integrity.TaskActor;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The complete listeners of adaptation-request's user tasks: a person's answer is checked here (a
 * refusal is a French 400 and the task stays open) and its author noted; the asynchronous
 * « Enregistrer … » step after the task records it.
 */
final class AdaptationTaskChecks {

  private AdaptationTaskChecks() {}

  /** Runs a check; a rule's IllegalArgumentException (French, for the person) becomes a refusal. */
  static void refuseUnless(Runnable check) {
    try {
      check.run();
    } catch (IllegalArgumentException wrong) {
      throw Refusal.badInput(wrong.getMessage());
    }
  }

  @Component("adaptationEstimateCheck")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class EstimateCheck implements TaskListener {
    private final AdaptationService adaptations;
    private final TaskActor actor;

    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> adaptations.checkEstimate((Long) task.getVariable("adaptationRequestId"), task.getVariable("workloadDays"),
          task.getVariable("benefit"), (String) task.getVariable("beneficiaries")));
      actor.record(task, "estimatedBy");
    }
  }

  @Component("adaptationArbitrationCheck")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class ArbitrationCheck implements TaskListener {
    private final TaskActor actor;

    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkArbitration(task.getVariable("managementDecision"), task.getVariable("managementReason")));
      actor.record(task, "decidedBy");
    }
  }

  @Component("adaptationWorkCheck")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class WorkCheck implements TaskListener {
    private final TaskActor actor;

    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkDelivery(task.getVariable("adaptationPackage"), task.getVariable("deliveryNotes")));
      actor.record(task, "deliveredBy");
    }
  }

  @Component("adaptationFeedbackCheck")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class FeedbackCheck implements TaskListener {
    private final TaskActor actor;

    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkFeedback(task.getVariable("userResponse"), task.getVariable("reopenReason")));
      actor.record(task, "answeredBy");
    }
  }
}
