package be.uvcw.convention.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The packaged jar has neither zonky nor GreenMail (docs/dependencies.md): hidden here the same way. */
class EmbeddedServersCheckTest {

  private final ApplicationContextRunner withoutTheDemoDependencies = new ApplicationContextRunner()
      .withUserConfiguration(EmbeddedServersCheck.class, EmbeddedDatabaseConfiguration.class, EmbeddedSmtpConfiguration.class)
      .withClassLoader(new FilteredClassLoader("io.zonky.test", "com.icegreen.greenmail"))
      .withPropertyValues("spring.mail.port=0");

  @Test
  void theProductionSettingsStartWithoutTheDemoDependencies() {
    withoutTheDemoDependencies
        .withPropertyValues("convention.embedded-database.enabled=false", "convention.embedded-smtp.enabled=false")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void theDemoDatabaseAskedForWithoutZonkyStopsTheStartWithTheReasonInFrench() {
    withoutTheDemoDependencies
        .withPropertyValues("convention.embedded-database.enabled=true")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasMessageContaining("La base de données embarquée de la démo n'est pas dans le jar de production")
            .hasMessageContaining("./mvnw spring-boot:run"));
  }

  @Test
  void theDemoSmtpServerAskedForWithoutGreenMailStopsTheStartWithTheReasonInFrench() {
    withoutTheDemoDependencies
        .withPropertyValues("convention.embedded-smtp.enabled=true")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasMessageContaining("Le serveur de courrier embarqué de la démo n'est pas dans le jar de production"));
  }
}
