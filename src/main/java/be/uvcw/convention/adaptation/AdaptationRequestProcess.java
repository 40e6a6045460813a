package be.uvcw.convention.adaptation;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code adaptation-request}: the only code that starts it. Business key
 * {@code adaptation-request-<id>}, set by « Enregistrer la demande » once the request has its number.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AdaptationRequestProcess {

  public static final String KEY = "adaptation-request";

  private final ProcessStarter processes;

  public static String businessKey(long adaptationRequestId) {
    return BusinessKeys.of(KEY, adaptationRequestId);
  }

  /** What a signatory (or Union staff on the User's behalf) submits; absent texts are empty, the first step refuses them. */
  public record Submission(String tenantId, long organisationId, String toolCode, String title, String description,
      String localNeed, String requestedBy) {}

  /** Returns the instance's id (the request is registered by then). */
  public String start(Submission submission) {
    Map<String, Object> variables = new HashMap<>();
    AdaptationRequestVariables.TENANT_ID.putIn(variables, submission.tenantId());
    AdaptationRequestVariables.ORGANISATION_ID.putIn(variables, submission.organisationId());
    AdaptationRequestVariables.TOOL_CODE.putIn(variables, nullToEmpty(submission.toolCode()));
    AdaptationRequestVariables.TITLE.putIn(variables, nullToEmpty(submission.title()));
    AdaptationRequestVariables.DESCRIPTION.putIn(variables, nullToEmpty(submission.description()));
    AdaptationRequestVariables.LOCAL_NEED.putIn(variables, nullToEmpty(submission.localNeed()));
    AdaptationRequestVariables.REQUESTED_BY.putIn(variables, submission.requestedBy());
    return processes.start(KEY, variables);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
