package be.uvcw.convention.platform;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

  /** Engine beans that must not start before Flyway has created the schema (the engine's included). */
  private static final String[] ENGINE_BEANS = {"processEngineConfigurationImpl", "processEngineFactoryBean", "processEngine"};

  /**
   * Flyway owns the whole schema, Camunda's included (docs/decisions.md), so the engine must wait
   * for it: nothing else orders the two.
   */
  @Bean
  public static BeanFactoryPostProcessor engineStartsAfterFlyway() {
    return (ConfigurableListableBeanFactory beanFactory) -> {
      if (!beanFactory.containsBeanDefinition("flywayInitializer")) {
        return;
      }
      for (String name : ENGINE_BEANS) {
        if (beanFactory.containsBeanDefinition(name)) {
          BeanDefinition definition = beanFactory.getBeanDefinition(name);
          String[] dependsOn = definition.getDependsOn();
          String[] extended = dependsOn == null ? new String[] {"flywayInitializer"}
              : java.util.stream.Stream.concat(java.util.Arrays.stream(dependsOn), java.util.stream.Stream.of("flywayInitializer"))
                  .toArray(String[]::new);
          definition.setDependsOn(extended);
        }
      }
    };
  }

  /**
   * Tests start from an empty schema whatever an earlier run left in the database. Never enabled
   * in production: the property is set by the test configuration only.
   */
  @Bean
  @ConditionalOnProperty(name = "convention.database.clean-on-start", havingValue = "true")
  public FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }
}
