package be.uvcw.convention.intrusion;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The engine's side of {@code intrusion-report}: the only code that starts it, business key {@code intrusion-report-<id>}. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IntrusionReportProcess {

  public static final String KEY = "intrusion-report";

  private final ProcessStarter processes;

  public static String businessKey(long reportId) {
    return BusinessKeys.of(KEY, reportId);
  }

  /** A report made through REST; one from the Tasklist start form gets its key when its first step records it. */
  void start(long reportId, Map<String, Object> variables) {
    processes.start(KEY, businessKey(reportId), variables);
  }
}
