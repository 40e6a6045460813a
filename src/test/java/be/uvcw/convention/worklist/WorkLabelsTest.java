package be.uvcw.convention.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkLabelsTest {

  @Test
  void aTaskNameCarriesTheOrganisationOnce() {
    String named = WorkLabels.taskName("Vérifier la demande", "CPAS de Gembloux");
    assertThat(named).isEqualTo("Vérifier la demande — CPAS de Gembloux");
    assertThat(WorkLabels.taskName(named, "CPAS de Gembloux")).isEqualTo(named);
  }

  @Test
  void aTaskWithoutOrganisationKeepsItsName() {
    assertThat(WorkLabels.taskName("Vérifier et approuver la facturation", null)).isEqualTo("Vérifier et approuver la facturation");
    assertThat(WorkLabels.taskName("Vérifier et approuver la facturation", " ")).isEqualTo("Vérifier et approuver la facturation");
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Signer la convention (premier signataire)|Bourgmestre|Signer la convention (Bourgmestre)",
      "Signer la convention (second signataire)|Directeur général|Signer la convention (Directeur général)",
      "Signer la convention (premier signataire)|Président|Signer la convention (Président)",
      "Signer la convention|Secrétaire|Signer la convention (Secrétaire)"})
  void aSignatureTaskIsNamedAfterTheSignatorysRealRole(String modelName, String role, String expected) {
    assertThat(WorkLabels.withRole(modelName, role)).isEqualTo(expected);
  }
}
