package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_PACKAGE;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.BENEFICIARIES;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.BENEFIT;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.DELIVERY_NOTES;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.MANAGEMENT_DECISION;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.MANAGEMENT_REASON;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.REOPEN_REASON;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.USER_RESPONSE;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.WORKLOAD_DAYS;

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
      refuseUnless(() -> adaptations.checkEstimate(ADAPTATION_REQUEST_ID.get(task), WORKLOAD_DAYS.raw(task),
          BENEFIT.raw(task), BENEFICIARIES.get(task)));
    }
  }

  @Component("adaptationArbitrationCheck")
  static class ArbitrationCheck implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkArbitration(MANAGEMENT_DECISION.raw(task), MANAGEMENT_REASON.raw(task)));
    }
  }

  @Component("adaptationWorkCheck")
  static class WorkCheck implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkDelivery(ADAPTATION_PACKAGE.raw(task), DELIVERY_NOTES.raw(task)));
    }
  }

  @Component("adaptationFeedbackCheck")
  static class FeedbackCheck implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      refuseUnless(() -> AdaptationRules.checkFeedback(USER_RESPONSE.raw(task), REOPEN_REASON.raw(task)));
    }
  }
}
