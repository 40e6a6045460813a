package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.convention.ConventionTerms;
import be.uvcw.convention.convention.Signature;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * « Contresigner la convention »: on create, the Union's signatory is proposed; on complete, only a
 * countersignature that can be recorded (French 400, the task stays open). Name, day (today unless
 * given) and place are fixed on the process for « Enregistrer la contresignature » (asynchronous).
 */
@Component("countersignTask")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CountersignTaskListener implements TaskListener {

  private final OnboardingService onboarding;
  private final Clock clock;

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      UNION_SIGNATORY_NAME.setLocal(task, ConventionTerms.UNION_SIGNATORY_NAME);
      return;
    }
    onboarding.requireConventionOfTenant(CONVENTION_ID.required(task), task.getTenantId());
    String name = trimmed(UNION_SIGNATORY_NAME.submitted(task));
    if (name == null) {
      throw new IllegalArgumentException("Nom du signataire pour l'Union : obligatoire.");
    }
    Signature signature = SignatoryDecision.signature(UNION_SIGNED_ON.submitted(task),
        trimmed(UNION_SIGNED_PLACE.submitted(task)), LocalDate.now(clock));
    // the task's own default name (set at creation) ends with the task: the recording step reads the process's
    UNION_SIGNATORY_NAME.set(task.getExecution(), name);
    UNION_SIGNED_PLACE.set(task.getExecution(), signature.place());
    UNION_SIGNED_ON.set(task.getExecution(), signature.date());
  }
}
