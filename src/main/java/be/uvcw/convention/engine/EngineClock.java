package be.uvcw.convention.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock, so that a test that moves the engine's time
 * (timers, due dates) moves the domain's "today" with it.
 */
@RequiredArgsConstructor
public class EngineClock extends Clock {

  private final ZoneId zone;

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
