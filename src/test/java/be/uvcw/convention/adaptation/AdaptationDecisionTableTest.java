package be.uvcw.convention.adaptation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped rows of processes/adaptation-decision.dmn, at and around every boundary (docs/adaptation.md). */
class AdaptationDecisionTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTheShippedTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("processes/adaptation-decision.dmn"))) {
      decision = engine.parseDecision("adaptation-decision", table);
    }
  }

  @ParameterizedTest(name = "benefit {0}, {1} person-days -> {2} (rule {3})")
  @CsvSource({
      // most Users benefit: accepted up to 10 days, escalated above
      "MOST, 0.5, ACCEPT, Regle1", "MOST, 9.5, ACCEPT, Regle1", "MOST, 10, ACCEPT, Regle1",
      "MOST, 10.5, ESCALATE, Regle2", "MOST, 60, ESCALATE, Regle2",
      // some Users benefit: accepted up to 3, escalated above 3 up to 10, refused above 10
      "SOME, 0.5, ACCEPT, Regle3", "SOME, 2.5, ACCEPT, Regle3", "SOME, 3, ACCEPT, Regle3",
      "SOME, 3.5, ESCALATE, Regle4", "SOME, 9.5, ESCALATE, Regle4", "SOME, 10, ESCALATE, Regle4",
      "SOME, 10.5, REFUSE, Regle5", "SOME, 40, REFUSE, Regle5",
      // nobody else benefits: accepted up to 1, escalated above 1 up to 3, refused above 3
      "NONE, 0.5, ACCEPT, Regle6", "NONE, 1, ACCEPT, Regle6",
      "NONE, 1.5, ESCALATE, Regle7", "NONE, 3, ESCALATE, Regle7",
      "NONE, 3.5, REFUSE, Regle8", "NONE, 20, REFUSE, Regle8"})
  void decidesFromWorkloadAndBenefit(String benefit, double workloadDays, String expected, String rule) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("benefit", benefit).putValue("workloadDays", workloadDays));
    assertThat(result).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("decision")).isEqualTo(expected);
    assertThat((String) result.getSingleResult().getEntry("reason")).isNotBlank();
    // The rule that matched, through its French reason, which names the outcome.
    String reason = result.getSingleResult().getEntry("reason");
    assertThat(reason).contains(switch (expected) {
      case "ACCEPT" -> "acceptée";
      case "REFUSE" -> "refusée";
      default -> "direction";
    });
    assertThat(decision.getKey()).isEqualTo("adaptation-decision");
    assertThat(rule).startsWith("Regle");
  }

  @Test
  void everyReasonIsFrenchAndDistinct() {
    var reasons = new java.util.HashSet<String>();
    for (String benefit : new String[] {"NONE", "SOME", "MOST"}) {
      for (double days : new double[] {0.5, 2, 5, 20}) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
            Variables.createVariables().putValue("benefit", benefit).putValue("workloadDays", days));
        reasons.add(result.getSingleResult().getEntry("reason"));
      }
    }
    assertThat(reasons).hasSize(8).allMatch(r -> r.contains("Utilisateurs") && r.contains("jour"));
  }

  @Test
  void anIntegerWorkloadFromTasklistIsReadAsANumber() {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("benefit", "SOME").putValue("workloadDays", 4L));
    assertThat((String) result.getSingleResult().getEntry("decision")).isEqualTo("ESCALATE");
  }
}
