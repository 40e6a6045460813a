package be.uvcw.convention.tooling.request;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code tool-request}: the only code that starts it. Business key
 * {@code tool-request-<id>}, set by « Enregistrer la demande d'Outil » once the request has its number.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ToolRequestProcess {

  public static final String KEY = "tool-request";

  private final ProcessStarter processes;

  public static String businessKey(long toolRequestId) {
    return BusinessKeys.of(KEY, toolRequestId);
  }

  /** What a signatory submits; returns the instance's id (the request is registered by then). */
  public record Submission(String tenantId, long organisationId, String toolCode, String motivation, String requestedBy) {}

  public String start(Submission submission) {
    Map<String, Object> variables = new HashMap<>();
    ToolRequestVariables.TENANT_ID.putIn(variables, submission.tenantId());
    ToolRequestVariables.ORGANISATION_ID.putIn(variables, submission.organisationId());
    ToolRequestVariables.TOOL_CODE.putIn(variables, submission.toolCode() == null ? "" : submission.toolCode());
    ToolRequestVariables.MOTIVATION.putIn(variables, submission.motivation());
    ToolRequestVariables.REQUESTED_BY.putIn(variables, submission.requestedBy());
    return processes.start(KEY, variables);
  }
}
