package be.uvcw.convention.misuse;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The engine's side of {@code misuse-case}: the only code that starts it, business key {@code misuse-case-<id>}. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MisuseCaseProcess {

  public static final String KEY = "misuse-case";

  private final ProcessStarter processes;

  public static String businessKey(long misuseCaseId) {
    return BusinessKeys.of(KEY, misuseCaseId);
  }

  /** A case opened through REST; one opened from the Tasklist start form gets its key when « Ouvrir le dossier » records it. */
  void start(long misuseCaseId, Map<String, Object> variables) {
    processes.start(KEY, businessKey(misuseCaseId), variables);
  }
}
