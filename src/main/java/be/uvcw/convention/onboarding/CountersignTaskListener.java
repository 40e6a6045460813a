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
      task.setVariableLocal("unionSignatoryName", ConventionTerms.UNION_SIGNATORY_NAME);
      return;
    }
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      onboarding.requireConventionOfTenant(longValue(task, CONVENTION_ID), task.getTenantId());
      onboarding.recordUnionSignature(longValue(task, CONVENTION_ID), TaskValues.text(task, "unionSignatoryName"),
          new Signature(signedOn(task), TaskValues.text(task, "unionSignedPlace")));
    }
  }

  /** The date given, or today when left empty (a default set at creation would be stale). */
  private LocalDate signedOn(DelegateTask task) {
    LocalDate given = date(TaskValues.submitted(task, "unionSignedOn"));
    return given != null ? given : LocalDate.now(clock);
  }
}
