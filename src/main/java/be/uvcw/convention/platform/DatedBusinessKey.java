package be.uvcw.convention.platform;

import be.uvcw.convention.ConventionApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The business key of a process that a timer starts (nobody's adapter does): {@code <process>-<day>},
 * e.g. {@code quota-check-2026-12-07}, set by the process's start listener
 * {@code ${datedBusinessKey.set(execution)}}. The day is the engine clock's, in Brussels.
 */
@Component("datedBusinessKey")
public class DatedBusinessKey {

  public void set(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    String key = instance.getProcessBusinessKey();
    if (key == null || key.isBlank()) {
      String process = instance.getProcessDefinitionId().split(":")[0];
      LocalDate day = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of(ConventionApplication.ZONE)).toLocalDate();
      instance.setProcessBusinessKey(BusinessKeys.of(process, day));
    }
  }
}
