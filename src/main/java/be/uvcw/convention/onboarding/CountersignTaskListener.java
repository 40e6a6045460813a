package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.ConventionTerms;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * « Contresigner la convention »: on create, the Union's signatory is proposed; on complete, only a
 * countersignature that can be recorded (French 400, the task stays open). Name, day (today unless
 * given) and place are fixed on the process for « Enregistrer la contresignature » (asynchronous).
 */
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
    onboarding.requireConventionOfTenant(longValue(task, CONVENTION_ID), task.getTenantId());
    String name = TaskValues.text(task, "unionSignatoryName");
    String place = TaskValues.text(task, "unionSignedPlace");
    if (name == null) {
      throw new IllegalArgumentException("Nom du signataire pour l'Union : obligatoire.");
    }
    if (place == null) {
      throw new IllegalArgumentException("Lieu de la signature : obligatoire.");
    }
    LocalDate given = date(TaskValues.submitted(task, "unionSignedOn"));
    // the task's own default (set at creation) ends with the task: the recording step reads the process's
    task.getExecution().setVariable("unionSignatoryName", name);
    task.getExecution().setVariable("unionSignedPlace", place);
    task.getExecution().setVariable("unionSignedOn", (given != null ? given : LocalDate.now(clock)).toString());
  }
}
