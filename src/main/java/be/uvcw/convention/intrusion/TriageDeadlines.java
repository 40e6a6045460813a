package be.uvcw.convention.intrusion;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the maintenance team has to triage a report, by the severity the reporter gave
 * (configurable: convention.intrusion.triage-deadline.*). Past it, management is asked to follow up.
 */
@Component
public class TriageDeadlines {

  private final Map<IntrusionSeverity, Duration> deadlines = new EnumMap<>(IntrusionSeverity.class);

  public TriageDeadlines(
      @Value("${convention.intrusion.triage-deadline.critical:PT4H}") Duration critical,
      @Value("${convention.intrusion.triage-deadline.high:P2D}") Duration high,
      @Value("${convention.intrusion.triage-deadline.medium:P5D}") Duration medium,
      @Value("${convention.intrusion.triage-deadline.low:P10D}") Duration low) {
    deadlines.put(IntrusionSeverity.CRITICAL, critical);
    deadlines.put(IntrusionSeverity.HIGH, high);
    deadlines.put(IntrusionSeverity.MEDIUM, medium);
    deadlines.put(IntrusionSeverity.LOW, low);
  }

  public Instant deadline(IntrusionSeverity severity, Instant reportedAt) {
    return reportedAt.plus(deadlines.get(severity));
  }
}
