package be.uvcw.convention.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One voice for every mail: greeting, signature, dates and amounts come from one place. */
class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void anInvoiceMailHasTheCommonGreetingAndSignatureAndFrenchDatesAndAmounts() {
    MailTemplates.Text text = templates.render("invoice", invoice(null));

    assertThat(text.subject()).isEqualTo("Facture 2027-00042 — Accès au Serveur CommunesPlone");
    assertThat(text.body()).startsWith("Madame, Monsieur,\n\nVeuillez trouver ci-joint la facture 2027-00042 du 1er mars 2027")
        .contains("pour la période du 1er janvier 2027 au 30 juin 2027.")
        .contains("Montant à payer : 2\u00A0460,00\u00A0€ TVAC, au plus tard le 31 mars 2027,")
        .endsWith("\n\nL'équipe CommunesPlone de l'Union des Villes et Communes de Wallonie\n")
        .doesNotContain("complémentaire");
  }

  @Test
  void aSupplementaryInvoiceSaysWhichInvoiceItCompletes() {
    assertThat(templates.render("invoice", invoice("2026-00007")).body())
        .contains("30 juin 2027.\n\nCette facture complémentaire à la facture 2026-00007 porte sur la réduction CPAS de 50\u00A0%")
        .contains("(art. 7 de la convention).\n\nMontant à payer");
  }

  private static Map<String, Object> invoice(String creditedInvoiceNumber) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of(
        "number", "2027-00042", "issueDate", LocalDate.of(2027, 3, 1), "periodStart", LocalDate.of(2027, 1, 1),
        "periodEnd", LocalDate.of(2027, 6, 30), "totalInclVat", new BigDecimal("2460.00"), "dueDate", LocalDate.of(2027, 3, 31),
        "iban", "BE09 0910 1158 4657", "supplierName", "Union des Villes et Communes de Wallonie asbl",
        "structuredCommunication", "+++202/7000/04260+++"));
    values.put("creditedInvoiceNumber", creditedInvoiceNumber);
    values.put("cpasReduction", "50\u00A0%");
    return values;
  }

  @Test
  void aMailToANamedPersonGreetsThemByName() {
    MailTemplates.Text text = templates.render("maintenance-welcome",
        Map.of(MailTemplates.RECIPIENT_NAME, "Luc Mainteneur", "charterSignedOn", LocalDate.of(2026, 12, 1)));
    assertThat(text.body()).startsWith("Bonjour Luc Mainteneur,\n\nVous avez signé la Charte de maintenance le 1er décembre 2026.");
  }

  @Test
  void sharedPassagesAndListsAreWrittenOnce() {
    MailTemplates.Text text = templates.render("onboarding-access-billing", Map.of(
        "organisation", "CPAS de Ciney", "signatureDate", LocalDate.of(2026, 4, 1), "startDate", LocalDate.of(2026, 5, 1),
        "limitEnd", LocalDate.of(2030, 4, 30), "location", "/srv/espaces/cpas-ciney",
        "tools", List.of(Map.of("name", "Site internet", "version", "6.1.2", "guide", "https://guide.test/site"),
            Map.of("name", "Courrier", "version", "3.0.5", "guide", "https://guide.test/courrier"))));
    assertThat(text.subject()).isEqualTo("Convention d'accès activée – CPAS de Ciney");
    assertThat(text.body()).contains("(le 1er avril 2026). Elle prend cours le 1er mai 2026")
        .contains("Outils installés et configurés :\n- Site internet (version 6.1.2) – guide d'utilisation : https://guide.test/site\n"
            + "- Courrier (version 3.0.5) – guide d'utilisation : https://guide.test/courrier\n");
  }

  @Test
  void aValueTheTemplateNeedsButTheCallerForgotIsAnErrorNotAGap() {
    assertThatThrownBy(() -> templates.render("tool-refused", Map.of("tool", "Courrier"))).isInstanceOf(MustacheException.class);
  }


  @Test
  void anInvitationToSomeoneWithoutAPasswordGivesTheDeadlineAndAPersonalLinkWithItsLastDay() {
    Map<String, Object> values = signatory();
    values.put("deadline", LocalDate.of(2026, 6, 1));
    values.put("link", "https://convention.test/activation.html?jeton=abc");
    values.put("linkExpiresOn", LocalDate.of(2026, 5, 1));
    MailTemplates.Text text = templates.render("onboarding-invitation", values);

    assertThat(text.subject()).isEqualTo("Convention d'accès à signer – CPAS de Ciney");
    assertThat(text.body()).startsWith("Bonjour Anne Dupont,\n\nL'Union des Villes et Communes de Wallonie a accepté")
        .contains("en qualité de Président du CPAS.\n\nÀ signer : la convention jointe à ce message (Convention-CPAS-de-Ciney.docx).\n"
            + "À signer au plus tard le 1er juin 2026 : sans toutes les signatures à cette date, la demande sera clôturée.\n\n"
            + "Votre identifiant : anne.dupont\nChoisissez d'abord votre mot de passe grâce à ce lien personnel, valable jusqu'au "
            + "1er mai 2026 et utilisable une seule fois")
        .contains("« Signer la convention » :\nhttps://convention.test/activation.html?jeton=abc\n\nConformément à l'article 6.7")
        .doesNotContain("Connectez-vous");
  }

  @Test
  void aReminderToSomeoneWithAPasswordPointsToTasklistAndWithoutDeadlineSaysSixtyDays() {
    MailTemplates.Text text = templates.render("onboarding-signature-reminder", signatory());

    assertThat(text.body()).contains("(en qualité de Président du CPAS).\n"
            + "Sans les signatures de toutes les parties dans les 60 jours suivant l'acceptation, la demande sera clôturée.\n\n"
            + "Connectez-vous à la liste des tâches : https://convention.test/camunda/app/tasklist/ (identifiant : anne.dupont) ;")
        .doesNotContain("lien personnel");
  }

  private static Map<String, Object> signatory() {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put(MailTemplates.RECIPIENT_NAME, "Anne Dupont");
    values.put("organisation", "CPAS de Ciney");
    values.put("role", "Président du CPAS");
    values.put("fileName", "Convention-CPAS-de-Ciney.docx");
    values.put("deadline", null);
    values.put("userId", "anne.dupont");
    values.put("tasklist", "https://convention.test/camunda/app/tasklist/");
    values.put("link", null);
    values.put("linkExpiresOn", null);
    return values;
  }
}
