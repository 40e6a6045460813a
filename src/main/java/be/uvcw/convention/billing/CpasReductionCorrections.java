package be.uvcw.convention.billing;

import be.uvcw.convention.convention.ConventionActivatedEvent;
import be.uvcw.convention.identity.EngineAsApplication;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts {@code cpas-reduction-correction} (by its message) for each CPAS convention that has a month
 * to correct. Runs in the caller's transaction (the onboarding job at « Convention activée », an
 * import row, the non-renewal process, a billing run's opening): the correction starts if and only
 * if the change that causes it commits, and its first step is asynchronous.
 */
@Component
public class CpasReductionCorrections {

  public static final String PROCESS_KEY = "cpas-reduction-correction";
  public static final String START_MESSAGE = "CorrectionReductionCpasDemandee";

  private final CpasReductionCorrectionService corrections;
  private final RuntimeService runtime;
  private final EngineAsApplication engine;
  private final JdbcTemplate jdbc;

  public CpasReductionCorrections(CpasReductionCorrectionService corrections, RuntimeService runtime, EngineAsApplication engine,
      JdbcTemplate jdbc) {
    this.corrections = corrections;
    this.runtime = runtime;
    this.engine = engine;
    this.jdbc = jdbc;
  }

  /** The convention (a commune's) started or ends early: its entity's CPAS conventions are corrected. Returns the instances started. */
  public List<String> requestAfterChangeOf(long conventionId, String cause) {
    return start(corrections.cpasConventionsToCorrect(conventionId), cause);
  }

  /** A billing run catches what an event missed. */
  public List<String> requestMissed(String cause) {
    return start(corrections.conventionsWithMissedCorrections(), cause);
  }

  /** Onboarding's « Convention activée » (the import calls {@link #requestAfterChangeOf} itself). */
  @EventListener
  void onActivation(ConventionActivatedEvent event) {
    requestAfterChangeOf(event.conventionId(), "Activation de la convention de la commune");
  }

  private List<String> start(List<Long> cpasConventionIds, String cause) {
    return cpasConventionIds.stream().map(id -> engine.call(() -> {
      Map<String, Object> organisation = jdbc.queryForMap("select o.id, o.name, o.tenant_id from convention c"
          + " join organisation o on o.id = c.organisation_id where c.id = ?", id);
      VariableMap variables = CpasReductionCorrectionVariables.CONVENTION_ID.with(id);
      CpasReductionCorrectionVariables.ORGANISATION_ID.putIn(variables, ((Number) organisation.get("id")).longValue());
      CpasReductionCorrectionVariables.ORGANISATION_NAME.putIn(variables, (String) organisation.get("name"));
      CpasReductionCorrectionVariables.TENANT_ID.putIn(variables, (String) organisation.get("tenant_id"));
      CpasReductionCorrectionVariables.CAUSE.putIn(variables, cause);
      return runtime.createMessageCorrelation(START_MESSAGE)
          .processInstanceBusinessKey("convention-" + id)
          .setVariables(variables)
          .correlateStartMessage().getId();
    })).toList();
  }
}
