package be.uvcw.convention;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConventionApplication {

  /** Billing dates and timers are defined in Belgian time, whatever the host says. */
  public static final String ZONE = "Europe/Brussels";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    SpringApplication.run(ConventionApplication.class, args);
  }
}
