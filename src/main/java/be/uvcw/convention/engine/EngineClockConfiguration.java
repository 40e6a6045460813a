package be.uvcw.convention.engine;

import be.uvcw.convention.ConventionApplication;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one Clock bean: the engine's clock, in Belgian time. */
@Configuration(proxyBeanMethods = false)
public class EngineClockConfiguration {

  @Bean
  public Clock clock() {
    return new EngineClock(ZoneId.of(ConventionApplication.ZONE));
  }
}
