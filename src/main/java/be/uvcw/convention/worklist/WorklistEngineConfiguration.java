package be.uvcw.convention.worklist;

import be.uvcw.convention.organisation.OrganisationRepository;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One rule for every process, present and future (docs/webapps.md): the engine adds the
 * organisation's labelling to each process start and each user task when it parses a model, so
 * no BPMN file has to repeat a listener. A user task may name, in the extension property
 * « signatoryRoleVariable », the variable holding its signatory's role (« Bourgmestre »).
 */
@Configuration(proxyBeanMethods = false)
public class WorklistEngineConfiguration {

  static final String ROLE_PROPERTY = "signatoryRoleVariable";

  @Bean
  public ProcessEnginePlugin organisationLabellingPlugin(ObjectProvider<OrganisationRepository> organisations) {
    OrganisationLabelling labelling = new OrganisationLabelling(organisations);
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) labelling::label);
          }

          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String roleVariable = property(userTaskElement, ROLE_PROPERTY);
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> labelling.name(task, roleVariable));
          }
        });
      }
    };
  }

  private static String property(Element element, String name) {
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return null;
    }
    for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
      for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (name.equals(property.attribute("name"))) {
          return property.attribute("value");
        }
      }
    }
    return null;
  }
}
