package be.uvcw.convention.demo;

import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.identity.AccessLinks;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.platform.StartupLock;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

/**
 * Demo people and organisations exist only under the demo profile AND convention.demo.enabled:
 * a production start-up never creates a user whose password is its id.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "convention.demo.enabled", havingValue = "true")
class DemoConfiguration {

  @Bean
  DemoData demoData(IdentityService identity, AccountService accounts, AccessLinks accessLinks, MunicipalityRepository municipalities,
      OrganisationRepository organisations, ConventionRepository conventions, ToolRepository tools,
      ConventionLifecycleProcess lifecycle) {
    return new DemoData(identity, accounts, accessLinks, municipalities, organisations, conventions, tools, lifecycle);
  }

  @Bean
  @Order(0)
  ApplicationRunner demoDataLoader(DemoData demoData, DataSource dataSource) {
    // load() commits before the lock is released: a second node starting at once finds the data there.
    return args -> StartupLock.exclusively(dataSource, StartupLock.Seeding.DEMO_DATA, demoData::load);
  }
}
