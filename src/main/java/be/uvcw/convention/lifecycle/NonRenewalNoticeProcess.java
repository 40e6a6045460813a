package be.uvcw.convention.lifecycle;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code non-renewal-notice}: the only code that starts it, business key
 * {@code non-renewal-notice-<id>} (a letter registered from Tasklist's start form gets it when its
 * first step registers it).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NonRenewalNoticeProcess {

  public static final String KEY = "non-renewal-notice";

  private final ProcessStarter processes;

  public static String businessKey(long noticeId) {
    return BusinessKeys.of(KEY, noticeId);
  }

  void start(long noticeId, Map<String, Object> variables) {
    processes.start(KEY, businessKey(noticeId), variables);
  }
}
