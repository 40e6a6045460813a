package be.uvcw.convention.importing;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.organisation.OrganisationType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportRowValidatorTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
  private static final Set<String> TOOLS = Set.of("site-web", "deliberations");

  @Test
  void aCompleteRowIsValid() {
    ImportRowValidator.Result result = ImportRowValidator.validate(row(Map.of()), TOOLS, TODAY);
    assertThat(result.errors()).isEmpty();
    assertThat(result.row().type()).isEqualTo(OrganisationType.CPAS);
    assertThat(result.row().signatureDate()).isEqualTo(LocalDate.parse("2025-02-20"));
    assertThat(result.row().lastInvoicedMonth()).isEqualTo(YearMonth.parse("2025-12"));
    assertThat(result.row().toolCodes()).containsExactly("site-web", "deliberations");
  }

  @ParameterizedTest(name = "{0} = «{1}» -> {2}")
  @CsvSource(delimiter = '|', value = {
      "TYPE|ASBL|n'est pas COMMUNE ou CPAS",
      "ENTERPRISE_NUMBER|0123.456.789|modulo 97",
      "SIGNATURE_DATE|31/02/2025|n'est pas une date",
      "SIGNATURE_DATE|2026-12-01|dans le futur",
      "SIGNATURE_DATE|2022-09-30|durée maximale de 48 mois",
      "LAST_INVOICED_MONTH|2025-02|précède le début",
      "LAST_INVOICED_MONTH|2029-03|dépasse la durée maximale",
      "TOOLS|site-web, tableur|l'Outil « tableur » n'existe pas",
      "POSTAL_CODE|500|code postal",
      "NAME||obligatoire"})
  void eachErrorNamesTheRowAndTheColumn(ImportColumn column, String value, String message) {
    Map<ImportColumn, String> change = new EnumMap<>(ImportColumn.class);
    change.put(column, value == null ? "" : value);
    ImportRowValidator.Result result = ImportRowValidator.validate(row(change), TOOLS, TODAY);
    assertThat(result.row()).isNull();
    assertThat(result.errors()).filteredOn(e -> e.column().equals(column.header())).singleElement().satisfies(error -> {
      assertThat(error.text()).startsWith("Ligne 7, colonne « " + column.header() + " » : ");
      assertThat(error.text()).contains(message);
    });
  }

  private static RawRow row(Map<ImportColumn, String> changes) {
    Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
    values.put(ImportColumn.TYPE, "cpas");
    values.put(ImportColumn.NAME, "CPAS de Gembloux");
    values.put(ImportColumn.ENTERPRISE_NUMBER, validNumber());
    values.put(ImportColumn.ENTITY, "Gembloux");
    values.put(ImportColumn.STREET, "Rue 1");
    values.put(ImportColumn.POSTAL_CODE, "5030");
    values.put(ImportColumn.CITY, "Gembloux");
    values.put(ImportColumn.BILLING_EMAIL, "f@cpas.test");
    values.put(ImportColumn.SIGNATURE_DATE, "20/02/2025");
    values.put(ImportColumn.LAST_INVOICED_MONTH, "2025-12");
    values.put(ImportColumn.TOOLS, "site-web; deliberations, site-web");
    values.putAll(changes);
    return new RawRow(7, values);
  }

  private static String validNumber() {
    return be.uvcw.convention.testsupport.TestEnterpriseNumbers.next().formatted();
  }
}
