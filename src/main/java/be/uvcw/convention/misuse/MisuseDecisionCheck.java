package be.uvcw.convention.misuse;

import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of both decision tasks of misuse-case: checks the measure against the case
 * (MisuseDecision) and notes which of the two was completed, so the measure's asynchronous step
 * reads who decided (${taskActor}) from the right task.
 */
@Component("misuseDecisionCheck")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MisuseDecisionCheck implements TaskListener {

  private final Clock clock;

  @Override
  public void notify(DelegateTask task) {
    MisuseDecision.check(MisuseCaseVariables.DECISION.raw(task), Boolean.TRUE.equals(MisuseCaseVariables.SUSPENDED.get(task)),
        MisuseCaseVariables.JUDICIAL_REPORT_DATE.raw(task), MisuseCaseVariables.JUDICIAL_REFERENCE.raw(task), LocalDate.now(clock));
    MisuseCaseVariables.DECISION_TASK.set(task.getExecution(), task.getTaskDefinitionKey());
  }
}
