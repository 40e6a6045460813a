package be.uvcw.convention.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every BPMN, DMN and form of the application is deployed, and every user task and start event
 * that has a form names a form present in the same deployment (formRefBinding "deployment").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeploymentTest {

  @Autowired RepositoryService repository;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyProcessDecisionAndFormOfTheClasspathIsDeployed() throws Exception {
    Set<String> deployed = new HashSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      repository.getDeploymentResources(definition.getDeploymentId()).forEach(r -> deployed.add(fileName(r.getName())));
    }
    repository.createDecisionDefinitionQuery().latestVersion().list()
        .forEach(d -> repository.getDeploymentResources(d.getDeploymentId()).forEach(r -> deployed.add(fileName(r.getName()))));
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<String> onClasspath = new ArrayList<>();
    for (String pattern : List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form")) {
      for (org.springframework.core.io.Resource resource : resolver.getResources(pattern)) {
        onClasspath.add(resource.getFilename());
      }
    }
    assertThat(onClasspath).contains("onboarding.bpmn", "demande-adhesion.form");
    assertThat(deployed).containsAll(onClasspath);
  }

  @Test
  void everyUserTaskHasAFormAndEveryFormReferenceIsInItsDeployment() throws Exception {
    List<String> problems = new ArrayList<>();
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).extracting(ProcessDefinition::getKey).contains("onboarding");
    Map<String, Set<String>> formsByDeployment = new HashMap<>();
    for (ProcessDefinition definition : definitions) {
      Set<String> forms = formsByDeployment.computeIfAbsent(definition.getDeploymentId(), this::formIds);
      BpmnModelInstance model;
      try (InputStream in = repository.getProcessModel(definition.getId())) {
        model = Bpmn.readModelFromStream(in);
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String ref = task.getCamundaFormRef();
        if (ref == null) {
          problems.add(definition.getKey() + "/" + task.getId() + ": user task without camunda:formRef");
        } else {
          check(problems, definition.getKey() + "/" + task.getId(), ref, task.getCamundaFormRefBinding(), forms);
        }
      }
      Collection<StartEvent> starts = model.getModelElementsByType(StartEvent.class);
      for (StartEvent start : starts) {
        if (start.getCamundaFormRef() != null) {
          check(problems, definition.getKey() + "/" + start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), forms);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void check(List<String> problems, String where, String ref, String binding, Set<String> forms) {
    if (!"deployment".equals(binding)) {
      problems.add(where + ": formRefBinding should be \"deployment\", is " + binding);
    }
    if (!forms.contains(ref)) {
      problems.add(where + ": form " + ref + " is not in the deployment " + forms);
    }
  }

  private Set<String> formIds(String deploymentId) {
    Set<String> ids = new HashSet<>();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStreamById(deploymentId, resource.getId())) {
          String id = json.readTree(in).get("id").asText();
          assertThat(fileName(resource.getName())).as("form id = file name").isEqualTo(id + ".form");
          ids.add(id);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return ids;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
