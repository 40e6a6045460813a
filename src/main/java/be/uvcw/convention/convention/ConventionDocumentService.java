package be.uvcw.convention.convention;

import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRole;
import be.uvcw.convention.platform.french.FrenchText;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates the convention to sign from the template and keeps it with the convention. */
@Service
@Transactional
@RequiredArgsConstructor
public class ConventionDocumentService {

  private final ConventionRepository conventions;
  private final ConventionDocumentRepository documents;
  private final Clock clock;

  /** The convention text for an accepted request: parties, signatories, Tools, fee and reduction. */
  public ConventionDocument generate(Long conventionId) {
    Convention convention = conventions.findById(conventionId).orElseThrow(() -> new ConventionNotFoundException(conventionId));
    if (convention.getMonthlyFee() == null) {
      throw new Conflict("La convention " + conventionId + " n'a pas encore été acceptée : pas de document à générer.");
    }
    byte[] content = ConventionDocumentWriter.write(values(convention));
    String fileName = fileName(convention);
    ConventionDocument document = documents.findById(conventionId).orElse(null);
    if (document == null) {
      document = new ConventionDocument(conventionId, fileName, content, convention.getMonthlyFee(),
          convention.getReductionPercent(), clock.instant());
    } else {
      document.replace(fileName, content, convention.getMonthlyFee(), convention.getReductionPercent(), clock.instant());
    }
    return documents.save(document);
  }

  @Transactional(readOnly = true)
  public ConventionDocument document(Long conventionId) {
    return documents.findById(conventionId)
        .orElseThrow(() -> new NotFound("Le document de la convention " + conventionId + " n'a pas encore été généré."));
  }

  static Map<String, String> values(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    OrganisationType type = organisation.getType();
    Signatory first = signatory(organisation, type.firstSignatory());
    Signatory second = signatory(organisation, type.secondSignatory());
    boolean cpas = type == OrganisationType.CPAS;
    Map<String, String> values = new LinkedHashMap<>();
    values.put("versionLabel", cpas ? "CPAS" : "Commune");
    values.put("typeLabel", type.label());
    values.put("organisationName", organisation.getName());
    values.put("enterpriseNumber", organisation.getEnterpriseNumber().formatted());
    values.put("address", organisation.getAddress().singleLine());
    values.put("partyAgreement", cpas ? "" : "e");
    values.put("firstSignatoryName", first.getFullName());
    values.put("firstSignatoryRole", roleLabel(first.getRole()));
    values.put("firstSignatoryTitle", title(first.getRole()));
    values.put("secondSignatoryName", second.getFullName());
    values.put("secondSignatoryRole", roleLabel(second.getRole()));
    values.put("secondSignatoryTitle", title(second.getRole()));
    values.put("unionSignatoryName", ConventionTerms.UNION_SIGNATORY_NAME);
    values.put("unionSignatoryTitle", ConventionTerms.UNION_SIGNATORY_TITLE);
    values.put("requestedTools", convention.getRequestedTools().stream().map(Tool::getName).sorted()
        .collect(Collectors.joining(", ")));
    values.put("baseMonthlyFee", FrenchText.euros(convention.getMonthlyFee()));
    values.put("vatRate", FrenchText.percent(FeeTerms.VAT_RATE_PERCENT));
    values.put("reductionClause", cpas
        ? "La participation demandée à un CPAS est réduite à " + FrenchText.percent(100 - FeeTerms.CPAS_REDUCTION_PERCENT)
            + " du montant susmentionné lorsque l'Administration communale de la même entité a signé la Convention d'accès au serveur CommunesPlone."
        : "");
    values.put("appliedFeeClause", appliedFeeClause(convention));
    return values;
  }

  /** What this User pays at the signing, in words a clerk checks at a glance. */
  static String appliedFeeClause(Convention convention) {
    BigDecimal fee = convention.getMonthlyFee();
    if (convention.getReductionPercent() > 0) {
      return "À la date de la présente convention, l'Administration communale de l'entité " + convention.getOrganisation().getMunicipality().getName()
          + " dispose d'une convention en vigueur : la participation de l'Utilisateur est réduite de " + FrenchText.percent(convention.getReductionPercent())
          + " et s'élève à " + FrenchText.euros(FeeTerms.afterReduction(fee, convention.getReductionPercent())) + " HTVA par mois.";
    }
    return "À la date de la présente convention, la participation de l'Utilisateur s'élève à " + FrenchText.euros(fee) + " HTVA par mois.";
  }

  /** "Convention-CPAS-de-Namur-0207345612.docx" */
  static String fileName(Convention convention) {
    Organisation organisation = convention.getOrganisation();
    String name = java.text.Normalizer.normalize(organisation.getName(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "Convention-" + name + "-" + organisation.getEnterpriseNumber().digits() + ".docx";
  }

  private static Signatory signatory(Organisation organisation, SignatoryRole role) {
    return organisation.signatory(role).orElseThrow(() -> new IllegalStateException(
        organisation.getName() + " n'a pas de signataire « " + role.label() + " »."));
  }

  private static String roleLabel(SignatoryRole role) {
    return role == SignatoryRole.SECRETARY ? "Secrétaire de CPAS" : role.label();
  }

  private static String title(SignatoryRole role) {
    return "Le " + roleLabel(role);
  }
}
