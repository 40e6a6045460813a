package be.uvcw.convention;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationStartsTest {

  @Autowired ProcessEngine engine;
  @Autowired Flyway flyway;

  @Test
  void flywayCreatesEveryTableAndTheEngineStartsOnThem() {
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_EXECUTION");
  }
}
