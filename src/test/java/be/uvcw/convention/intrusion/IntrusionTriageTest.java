package be.uvcw.convention.intrusion;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntrusionTriageTest {

  @Test
  void aSeverityFromTheListAndTheActionsAreEnough() {
    assertThatCode(() -> IntrusionTriage.check("HIGH", "IP bloquée")).doesNotThrowAnyException();
  }

  @Test
  void anUnknownSeverityIsRefused() {
    assertThatThrownBy(() -> IntrusionTriage.check("GRAVE", "IP bloquée")).hasMessageStartingWith("Gravité retenue");
    assertThatThrownBy(() -> IntrusionTriage.check(null, "IP bloquée")).hasMessageStartingWith("Gravité retenue");
  }

  @Test
  void theActionsAreRequired() {
    assertThatThrownBy(() -> IntrusionTriage.check("LOW", " ")).hasMessageStartingWith("Actions entreprises");
  }
}
