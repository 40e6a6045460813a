package be.uvcw.convention.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one way to record a person's decision (docs/architecture.md, « Runtime »), read from the
 * models: the task's complete listeners only validate and name who completed it (${taskActor}),
 * and what follows the task is an asynchronous service task, so a failure to record never rolls
 * back what the person completed.
 */
class DecisionRecordingModelTest {

  static Stream<Arguments> decisionTasks() {
    return Stream.of(
        Arguments.of("onboarding", "VerifierDemande"),
        Arguments.of("onboarding", "SignerPresident"),
        Arguments.of("onboarding", "SignerSecretaire"),
        Arguments.of("onboarding", "ContresignerConvention"),
        Arguments.of("tool-request", "ExaminerDemandeOutil"),
        Arguments.of("billing-run", "VerifierFacturation"),
        Arguments.of("fee-indexation", "ApprouverIndexation"),
        Arguments.of("intrusion-report", "TraiterSignalement"),
        Arguments.of("maintenance-membership", "SignerCharte"),
        Arguments.of("payment-matching", "RapprocherPaiement"),
        Arguments.of("payment-reminders", "MiseEnDemeure"),
        Arguments.of("adaptation-request", "EstimerDemande"),
        Arguments.of("adaptation-request", "TrancherDemande"),
        Arguments.of("adaptation-request", "RealiserAdaptation"),
        Arguments.of("adaptation-request", "ConfirmerAdaptation"),
        Arguments.of("misuse-case", "DeciderMesures"),
        Arguments.of("misuse-case", "DeciderMesuresSuspension"),
        Arguments.of("quota-exceedance", "LibererEspace"));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("decisionTasks")
  void theTaskNamesWhoDecidedAndIsRecordedAsynchronouslyAfterIt(String process, String taskId) {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", process + ".bpmn").toFile());
    UserTask task = model.getModelElementById(taskId);

    List<CamundaTaskListener> onComplete = task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
        .list().stream().filter(l -> "complete".equals(l.getCamundaEvent())).toList();
    assertThat(onComplete).as("complete listeners of %s", taskId).extracting(CamundaTaskListener::getCamundaDelegateExpression)
        .contains("${taskActor}").doesNotContainNull();

    List<FlowNode> next = afterGateways(task);
    assertThat(next).as("what follows %s", taskId).isNotEmpty().allSatisfy(node -> {
      if (!(node instanceof EndEvent)) { // a path with nothing to record (fee-indexation's rejection)
        assertThat(node).isInstanceOf(ServiceTask.class);
        assertThat(((ServiceTask) node).isCamundaAsyncBefore()).as("%s is asynchronous", node.getId()).isTrue();
      }
    });
    assertThat(next).as("%s is followed by at least one recording step", taskId).hasAtLeastOneElementOfType(ServiceTask.class);
  }

  private static List<FlowNode> afterGateways(FlowNode node) {
    List<FlowNode> next = new ArrayList<>();
    for (SequenceFlow flow : node.getOutgoing()) {
      FlowNode target = flow.getTarget();
      next.addAll(target instanceof Gateway ? afterGateways(target) : List.of(target));
    }
    return next;
  }
}
