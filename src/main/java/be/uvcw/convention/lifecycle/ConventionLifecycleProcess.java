package be.uvcw.convention.lifecycle;

import be.uvcw.convention.notification.Formats;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.platform.BusinessKeys;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's side of {@code convention-lifecycle}: the only code that starts it (by its message
 * « Convention activée », sent by onboarding, the import and the demo data) and correlates its
 * messages, by the business key {@code convention-<id>}.
 */
@Component
public class ConventionLifecycleProcess {

  public static final String KEY = "convention-lifecycle";
  public static final String START_MESSAGE = "ConventionActivee";
  public static final String NOTICE_ACCEPTED_MESSAGE = "PreavisAccepte";

  private final RuntimeService runtime;
  private final EngineAsApplication engine;
  private final ConventionRepository conventions;

  ConventionLifecycleProcess(@Lazy RuntimeService runtime, EngineAsApplication engine, ConventionRepository conventions) {
    this.runtime = runtime;
    this.engine = engine;
    this.conventions = conventions;
  }

  public static String businessKey(long conventionId) {
    return BusinessKeys.of("convention", conventionId);
  }

  /** The active convention's lifecycle starts once; a second call returns the running instance. */
  @Transactional
  public String start(long conventionId) {
    Convention convention = conventions.findById(conventionId)
        .orElseThrow(() -> new NotFound("Convention " + conventionId + " introuvable."));
    if (convention.getStatus() != ConventionStatus.ACTIVE) {
      throw new Conflict("La convention " + conventionId + " n'est pas active : son cycle de vie ne peut pas commencer.");
    }
    var organisation = convention.getOrganisation();
    return engine.call(() -> {
      ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
          .processInstanceBusinessKey(businessKey(conventionId)).singleResult();
      if (running != null) {
        return running.getId();
      }
      Map<String, Object> variables = ConventionLifecycleVariables.CONVENTION_ID.with(conventionId);
      ConventionLifecycleVariables.ORGANISATION_ID.putIn(variables, organisation.getId());
      ConventionLifecycleVariables.ORGANISATION_NAME.putIn(variables, organisation.getName());
      ConventionLifecycleVariables.TENANT_ID.putIn(variables, organisation.getTenantId());
      return runtime.createMessageCorrelation(START_MESSAGE)
          .processInstanceBusinessKey(businessKey(conventionId))
          .setVariables(variables)
          .correlateStartMessage().getId();
    });
  }

  /** An accepted non-renewal letter: the lifecycle ends the convention the day after {@code endDate}. */
  public void noticeAccepted(long conventionId, LocalDate endDate) {
    // Called from non-renewal-notice's job, where no user is authenticated.
    runtime.createMessageCorrelation(NOTICE_ACCEPTED_MESSAGE)
        .processInstanceBusinessKey(businessKey(conventionId))
        .setVariables(ConventionLifecycleVariables.END_DATE.putIn(
            ConventionLifecycleVariables.END_TIMER.with(Formats.timerAtStartOf(endDate.plusDays(1))), endDate))
        .correlate();
  }
}
