package be.uvcw.convention.adaptation;

import be.uvcw.convention.error.Refusal;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The complete listeners of adaptation-request's user tasks: a person's answer is checked here (a
 * refusal is a French 400 and the task stays open); its author is noted by ${taskActor}; the asynchronous
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

    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> adaptations.checkEstimate((Long) task.getVariable("adaptationRequestId"), task.getVariable("workloadDays"),
          task.getVariable("benefit"), (String) task.getVariable("beneficiaries")));
    }
  }

  @Component("adaptationArbitrationCheck")
  static class ArbitrationCheck implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkArbitration(task.getVariable("managementDecision"), task.getVariable("managementReason")));
    }
  }

  @Component("adaptationWorkCheck")
  static class WorkCheck implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkDelivery(task.getVariable("adaptationPackage"), task.getVariable("deliveryNotes")));
    }
  }

  @Component("adaptationFeedbackCheck")
  static class FeedbackCheck implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkFeedback(task.getVariable("userResponse"), task.getVariable("reopenReason")));
    }
  }
}
