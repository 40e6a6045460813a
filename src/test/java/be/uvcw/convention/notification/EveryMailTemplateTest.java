package be.uvcw.convention.notification;

import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every mail template under src/main/resources/mail, rendered with typed sample values: the dates
 * and amounts it shows are written the one French way, with the common greeting and signature. A
 * template that names a value missing below fails here first: add a sample of the right type.
 */
class EveryMailTemplateTest {

  private static final MailTemplates TEMPLATES = new MailTemplates();

  /** One sample per name any template uses: dates as LocalDate, amounts as BigDecimal, as the senders pass them. */
  private static Map<String, Object> samples() {
    Map<String, Object> values = new HashMap<>();
    // dates, each a first of the month somewhere so that « 1er » is exercised
    values.put("issueDate", LocalDate.of(2027, 3, 1));
    values.put("dueDate", LocalDate.of(2027, 3, 31));
    values.put("periodStart", LocalDate.of(2027, 1, 1));
    values.put("periodEnd", LocalDate.of(2027, 6, 30));
    values.put("signatureDate", LocalDate.of(2026, 3, 15));
    values.put("startDate", LocalDate.of(2026, 4, 1));
    values.put("limitEnd", LocalDate.of(2030, 3, 31));
    values.put("deadline", LocalDate.of(2026, 5, 1));
    values.put("linkExpiresOn", LocalDate.of(2027, 1, 1));
    values.put("expiresOn", LocalDate.of(2027, 1, 1));
    values.put("finalTerm", LocalDate.of(2027, 4, 15));
    values.put("charterSignedOn", LocalDate.of(2026, 12, 1));
    values.put("startsAt", LocalDateTime.of(2027, 2, 1, 9, 30));
    // amounts
    values.put("totalInclVat", new BigDecimal("2976.60"));
    values.put("outstanding", new BigDecimal("1234.5"));
    values.put("total", new BigDecimal("2976.60"));
    // texts
    values.put(MailTemplates.RECIPIENT_NAME, "Anne Dupont");
    values.put("number", "2027-00042");
    values.put("creditedInvoiceNumber", "2026-00007");
    values.put("cpasReduction", "50\u00A0%");
    values.put("reason", "Dossier incomplet");
    values.put("iban", "BE09 0910 1158 4657");
    values.put("supplierName", "Union des Villes et Communes de Wallonie asbl");
    values.put("structuredCommunication", "+++202/7000/04260+++");
    values.put("organisation", "CPAS de Ciney");
    values.put("refusedBy", "Anne Dupont (Présidente)");
    values.put("role", "Président du CPAS");
    values.put("fileName", "Convention-CPAS-de-Ciney-0207345612.docx");
    values.put("userId", "anne.dupont");
    values.put("link", "https://convention.test/activation.html?jeton=abc123");
    values.put("tasklist", "https://convention.test/camunda/app/tasklist/");
    values.put("location", "/srv/espaces/cpas-ciney");
    values.put("tools", List.of(Map.of("name", "Site internet", "version", "6.1.2", "guide", "https://guide.test/site")));
    values.put("tool", "Courrier");
    values.put("version", "3.0.5");
    values.put("guide", "https://guide.test/courrier");
    values.put("title", "Formulaire de contact");
    values.put("reference", "courrier-contact-1.2.0");
    values.put("notes", "Installé sans interruption.");
    values.put("requester", "CPAS de Namur");
    values.put("usage", "2,75\u00A0Go (92\u00A0%)");
    values.put("place", "Namur, rue de l'Étoile 14");
    values.put("subject", "Non-reconduction acceptée");
    values.put("text", "La convention prendra fin le 31 mars 2027.");
    return values;
  }

  static Stream<String> templates() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:mail/*.mustache");
    return Arrays.stream(files).filter(EveryMailTemplateTest::isMail)
        .map(file -> file.getFilename().replace(".mustache", "")).sorted();
  }

  /** A mail has a subject line and ---; the layout and the shared passages ({{> name}}) have not. */
  private static boolean isMail(Resource file) {
    try {
      return new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").contains("\n---\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyMailWritesDatesAndAmountsTheFrenchWayBetweenTheCommonGreetingAndSignature(String template) {
    MailTemplates.Text text = TEMPLATES.render(template, samples());

    assertFrenchStyle(text.subject());
    assertFrenchStyle(text.body());
    assertThat(text.subject()).isNotBlank().doesNotContain("\n");
    assertThat(text.body()).startsWith("Bonjour Anne Dupont,\n\n")
        .endsWith("\n\nL'équipe CommunesPlone de l'Union des Villes et Communes de Wallonie\n")
        .doesNotContain("{{", "}}", "\n\n\n");
  }

  @Test
  void thereAreMailsToCheck() throws IOException {
    assertThat(templates()).contains("invoice", "credit-note", "onboarding-invitation", "payment-first-reminder",
        "payment-formal-notice", "access-link");
  }

  @Test
  void theSampleDatesAndAmountsAreWrittenInWords() {
    assertThat(TEMPLATES.render("payment-formal-notice", samples()).body())
        .contains("la facture 2027-00042 du 1er mars 2027, échue le 31 mars 2027, reste impayée.")
        .contains("au plus tard le 15 avril 2027 (article 7 b")
        .contains("Montant restant dû : 1\u00A0234,50\u00A0€ TVAC (total de la facture 2\u00A0976,60\u00A0€)")
        .contains("sur le compte BE09 0910 1158 4657 de l'Union (Union des Villes et Communes de Wallonie asbl)");
    assertThat(TEMPLATES.render("access-link", samples()).body()).contains("valable jusqu'au 1er janvier 2027");
    assertThat(TEMPLATES.render("training-registration", samples()).body()).contains("le 1er février 2027 à 09h30");
  }
}
