package be.uvcw.convention.platform;

import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The business key of a process that a timer starts (nobody's adapter does): {@code <process>-<day>},
 * e.g. {@code quota-check-2026-12-07}, set by the timer start's listener
 * {@code ${datedBusinessKey.set(execution, 'quota-check')}}. The day is the application clock's
 * (the engine's, in Brussels).
 */
@Component("datedBusinessKey")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DatedBusinessKey {

  private final Clock clock;

  public void set(DelegateExecution execution, String subject) {
    DelegateExecution instance = execution.getProcessInstance();
    String key = instance.getProcessBusinessKey();
    if (key == null || key.isBlank()) {
      instance.setProcessBusinessKey(BusinessKeys.of(subject, LocalDate.now(clock)));
    }
  }
}
