package be.uvcw.convention.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** What Cockpit shows of a convention's lifecycle: one instance, key convention-<id>, started by the message « Convention activée ». */
public final class LifecycleStarts {

  private LifecycleStarts() {}

  public static HistoricProcessInstance assertStartedByMessage(HistoryService history, long conventionId) {
    HistoricProcessInstance lifecycle = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("convention-lifecycle").variableValueEquals("conventionId", conventionId).singleResult();
    assertThat(lifecycle).as("lifecycle of convention %s", conventionId).isNotNull();
    assertThat(lifecycle.getBusinessKey()).isEqualTo("convention-" + conventionId)
        .isEqualTo(ConventionLifecycleProcess.businessKey(conventionId));
    assertThat(lifecycle.getStartActivityId()).as("started by the message start event").isEqualTo("ConventionActivee");
    return lifecycle;
  }
}
