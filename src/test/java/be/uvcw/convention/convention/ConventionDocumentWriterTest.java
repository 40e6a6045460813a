package be.uvcw.convention.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class ConventionDocumentWriterTest {

  @Test
  void fillsThePlaceholdersAndLeavesOutLinesWhoseValuesAreEmpty() {
    assertThat(ConventionDocumentWriter.fill("Pour {{name}} :", Map.of("name", "CPAS de Namur"))).isEqualTo("Pour CPAS de Namur :");
    assertThat(ConventionDocumentWriter.fill("{{clause}}", Map.of("clause", ""))).isNull();
    assertThat(ConventionDocumentWriter.fill("représenté{{e}} par", Map.of("e", ""))).isEqualTo("représenté par");
    assertThatThrownBy(() -> ConventionDocumentWriter.fill("{{unknown}}", Map.of())).hasMessageContaining("unknown");
  }

  @Test
  void writesTheWholeConventionTextAsADocx() throws Exception {
    Map<String, String> values = new HashMap<>();
    for (String key : new String[] {"versionLabel", "typeLabel", "organisationName", "enterpriseNumber", "address", "partyAgreement",
        "firstSignatoryName", "firstSignatoryRole", "firstSignatoryTitle", "secondSignatoryName", "secondSignatoryRole",
        "secondSignatoryTitle", "unionSignatoryName", "unionSignatoryTitle", "requestedTools", "baseMonthlyFee", "vatRate",
        "reductionClause", "appliedFeeClause"}) {
      values.put(key, "");
    }
    values.put("organisationName", "CPAS de Ciney");
    values.put("firstSignatoryName", "Anne Dupont");
    values.put("baseMonthlyFee", "82,00\u00A0€");
    values.put("vatRate", "21\u00A0%");
    byte[] docx = ConventionDocumentWriter.write(values);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text).contains("Convention d'accès au Serveur CommunesPlone", "Préambule", "Article 1 – Définitions",
          "Article 8 – Durée de la convention et résiliation", "CPAS de Ciney", "Anne Dupont", "82,00\u00A0€ (+ TVA 21\u00A0%) par mois",
          "091-0115846-57", "Fait en deux exemplaires");
      assertThat(text).doesNotContain("{{", "**");
    }
  }
}
