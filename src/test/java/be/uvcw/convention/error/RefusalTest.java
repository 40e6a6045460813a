package be.uvcw.convention.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void eachKindHasItsStatus() {
    assertThat(Refusal.badInput("x").status()).isEqualTo(400);
    assertThat(Refusal.forbidden("x").status()).isEqualTo(403);
    assertThat(Refusal.notFound("x").status()).isEqualTo(404);
    assertThat(Refusal.conflict("x").status()).isEqualTo(409);
  }

  @Test
  void aRefusalIsFoundBehindTheEnginesWrappers() {
    var wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new ProcessEngineException("Exception while invoking TaskListener", Refusal.badInput("Le lieu de signature est obligatoire.")));
    assertThat(Refusal.of(wrapped)).isInstanceOf(BadInput.class);
    assertThat(Refusal.of(wrapped).getMessage()).isEqualTo("Le lieu de signature est obligatoire.");
  }

  @Test
  void javaAndLibraryExceptionsAreNotRefusalsWhateverTheirText() {
    assertThat(Refusal.of(new IllegalArgumentException("Le lieu de signature est obligatoire."))).isNull();
    assertThat(Refusal.of(new IllegalStateException("Cannot convert java.lang.String to java.lang.Long"))).isNull();
    assertThat(Refusal.of(new ProcessEngineException("ENGINE-09005 Could not parse"))).isNull();
  }

  @Test
  void aBadInputCarriesEachFieldsFrenchMessage() {
    var refusal = new BadInput("Deux champs sont à corriger.", java.util.Map.of("iban", "IBAN invalide"));
    assertThat(refusal.fieldErrors()).containsEntry("iban", "IBAN invalide");
    assertThat(Refusal.conflict("x").fieldErrors()).isEmpty();
  }
}
