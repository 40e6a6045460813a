package be.uvcw.convention.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Task integrity at the engine (permissions, refusal recording) and at both doors of its REST API. */
@Configuration(proxyBeanMethods = false)
public class IntegrityConfiguration {

  /**
   * Assignees and candidates get TASK_WORK (claim, complete) on their tasks instead of UPDATE: the
   * engine itself then refuses that they reassign, delegate or write variables, through any door.
   * Refusals thrown by listeners and delegates are noted for EngineDoorFilter, and logged in one line
   * instead of the engine's stack traces (RefusalLogFilter).
   */
  @Bean
  public ProcessEnginePlugin taskIntegrityPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionForTask(TaskPermissions.TASK_WORK);
        configuration.setDelegateInterceptor(new RefusalRecorder(configuration.getDelegateInterceptor()));
        RefusalLogFilter.install();
      }
    };
  }

  /** After Camunda's authentication of /engine-rest (order 1) and before the REST resources. */
  @Bean
  public FilterRegistrationBean<EngineDoorFilter> engineDoorFilter(ProcessEngine engine, TaskRules rules, ObjectMapper json,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<EngineDoorFilter> registration =
        new FilterRegistrationBean<>(new EngineDoorFilter(engine, rules, json, webappPath));
    registration.setName("engine-doors");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
    registration.setOrder(2);
    return registration;
  }
}
