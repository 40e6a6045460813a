package be.uvcw.convention.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several nodes on one database (docs/operations.md, "Several nodes"): each node names itself, so
 * that the job log (ACT_HI_JOB_LOG.HOSTNAME_) and Cockpit tell which node ran which job. Camunda's
 * default name is the host's IP address, the same for two nodes on one host.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

  @Bean
  public ProcessEnginePlugin nodeNamePlugin(@Value("${convention.node-name:}") String nodeName) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isBlank()) {
          configuration.setHostname(nodeName);
        }
      }
    };
  }
}
