package be.uvcw.convention.tooling.update;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code tool-update}: the only code that starts it. Business key
 * {@code tool-update-<tool>-<version>}, set by « Publier la version dans le catalogue » once the release is valid.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ToolUpdateProcess {

  public static final String KEY = "tool-update";

  private final ProcessStarter processes;

  public static String businessKey(String toolCode, String version) {
    return BusinessKeys.of(KEY, toolCode + "-" + version);
  }

  /** A version the maintenance team publishes; returns the instance's id (the release is recorded by then). */
  public record Publication(String toolCode, String version, String releaseNotes, String publishedBy) {}

  public String start(Publication publication) {
    Map<String, Object> variables = new HashMap<>();
    ToolUpdateVariables.TOOL_CODE.putIn(variables, publication.toolCode());
    ToolUpdateVariables.VERSION.putIn(variables, publication.version());
    ToolUpdateVariables.RELEASE_NOTES.putIn(variables, publication.releaseNotes());
    ToolUpdateVariables.PUBLISHED_BY.putIn(variables, publication.publishedBy());
    return processes.start(KEY, variables);
  }
}
