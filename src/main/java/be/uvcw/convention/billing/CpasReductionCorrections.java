package be.uvcw.convention.billing;

import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine adapter of {@code cpas-reduction-correction}: starts it (by its message, business key
 * {@code convention-<cpas convention id>}) for each CPAS convention that has a month to correct. Called
 * by the message throw events that the diagrams show: convention-lifecycle's start (a commune's
 * convention activated, imported or loaded by the demo), non-renewal-notice's acceptance and a billing
 * run's opening. Runs in the caller's job: the correction starts if and only if that job commits, and
 * its first step is asynchronous.
 */
@Component
@RequiredArgsConstructor
public class CpasReductionCorrections {

  public static final String PROCESS_KEY = "cpas-reduction-correction";
  public static final String START_MESSAGE = "CorrectionReductionCpasDemandee";

  private final CpasReductionCorrectionService corrections;
  private final RuntimeService runtime;
  private final EngineAsApplication engine;
  private final JdbcTemplate jdbc;

  public static String businessKey(long cpasConventionId) {
    return BusinessKeys.of("convention", cpasConventionId);
  }

  /** The convention (a commune's) started or ends early: its entity's CPAS conventions are corrected. Returns the instances started. */
  public List<String> requestAfterChangeOf(long conventionId, String cause) {
    return start(corrections.cpasConventionsToCorrect(conventionId), cause);
  }

  /** A billing run catches what an event missed. */
  public List<String> requestMissed(String cause) {
    return start(corrections.conventionsWithMissedCorrections(), cause);
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
          .processInstanceBusinessKey(businessKey(id))
          .setVariables(variables)
          .correlateStartMessage().getId();
    })).toList();
  }
}
