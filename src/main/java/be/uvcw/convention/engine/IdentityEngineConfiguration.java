package be.uvcw.convention.engine;

import be.uvcw.convention.identity.AdministratorAccount;
import be.uvcw.convention.identity.ApiAuthenticationFilter;
import be.uvcw.convention.identity.ConventionPasswordPolicy;
import be.uvcw.convention.identity.IdentitySetup;
import be.uvcw.convention.identity.PasswordPolicyFilter;
import be.uvcw.convention.platform.StartupLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
public class IdentityEngineConfiguration {

  /** The starter has no property for a TenantIdProvider: a plugin sets it. */
  @Bean
  public ProcessEnginePlugin tenantIdProviderPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new OrganisationTenantIdProvider());
      }
    };
  }

  /**
   * One password policy for every door (activation, Admin, the welcome page, engine-rest
   * credentials): the engine checks it whenever a password is saved. docs/security.md.
   */
  @Bean
  public ProcessEnginePlugin passwordPolicyPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new ConventionPasswordPolicy());
      }
    };
  }

  /**
   * Groups, administrator, authorizations and filters, in place before anything else uses the
   * engine. The administrator's settings are checked when this bean is created, so a production
   * start-up without them fails before the engine starts.
   */
  @Bean
  public ProcessEnginePlugin identitySetupPlugin(Environment environment,
      @Value("${convention.admin.user:}") String adminUser, @Value("${convention.admin.password:}") String adminPassword) {
    boolean relaxed = environment.acceptsProfiles(Profiles.of("demo | test"));
    IdentitySetup setup = new IdentitySetup(AdministratorAccount.fromSettings(adminUser, adminPassword, relaxed));
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda's default only allows [a-zA-Z0-9]+: our ids read "union-staff", "org-0207345612", "president.namur".
        configuration.setGeneralResourceWhitelistPattern(IdentitySetup.RESOURCE_ID_PATTERN);
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine processEngine) {
        // Nodes started at once on one database take turns (docs/operations.md, "Several nodes").
        StartupLock.exclusively(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource(),
            StartupLock.Seeding.IDENTITY, () -> setup.apply(processEngine));
      }
    };
  }

  /** /engine-rest is open to anyone unless this filter guards it: HTTP Basic with the Camunda users. */
  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(1);
    return registration;
  }

  /** After login (order 2): a password outside the policy gets a French 400 on /engine-rest (PasswordPolicyFilter). */
  @Bean
  public FilterRegistrationBean<PasswordPolicyFilter> restPasswordPolicyFilter(ObjectMapper json) {
    FilterRegistrationBean<PasswordPolicyFilter> registration = new FilterRegistrationBean<>(new PasswordPolicyFilter(json));
    registration.setName("engine-rest-password-policy");
    registration.addUrlPatterns("/engine-rest/user/*");
    registration.setOrder(2);
    return registration;
  }

  /**
   * /api uses the same Camunda users, groups and tenants, so one login works everywhere: a webapp
   * session (Tasklist, Cockpit) or HTTP Basic. /activation stays public: it is outside /api.
   */
  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine, ObjectMapper json) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine, json));
    registration.setName("api-auth");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }
}
