package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.ConventionTerms;
import be.uvcw.convention.convention.Signature;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** « Contresigner la convention »: the Secrétaire générale adjointe signs for the Union (date and place). */
@Component("countersignTask")
class CountersignTaskListener implements TaskListener {

  private final OnboardingService onboarding;
  private final Clock clock;

  CountersignTaskListener(OnboardingService onboarding, Clock clock) {
    this.onboarding = onboarding;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("unionSignedOn", LocalDate.now(clock).toString());
      task.setVariableLocal("unionSignatoryName", ConventionTerms.UNION_SIGNATORY_NAME);
      return;
    }
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      onboarding.recordUnionSignature(longValue(task, CONVENTION_ID), TaskValues.text(task, "unionSignatoryName"),
          new Signature(date(TaskValues.submitted(task, "unionSignedOn")), TaskValues.text(task, "unionSignedPlace")));
    }
  }
}
