package be.uvcw.convention.onboarding;

import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDocument;
import be.uvcw.convention.convention.ConventionDocumentService;
import be.uvcw.convention.convention.ConventionService;
import be.uvcw.convention.convention.FeeTerms;
import be.uvcw.convention.convention.Signature;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.SignatoryRole;
import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SpaceReport;
import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the steps of process {@code onboarding} do, each in the engine's transaction. */
@Service
@Transactional
@RequiredArgsConstructor
public class OnboardingService {

  /** Where signatories and staff download the convention (signature forms link to it). */
  public static String documentUrl(Long conventionId) {
    return "/api/conventions/" + conventionId + "/document.docx";
  }

  private final ConventionService conventions;
  private final ConventionDocumentService documents;
  private final ProvisioningService provisioning;
  private final OnboardingMailer mailer;

  /** The fee as the signature forms show it: « 41,00 € HTVA par mois (réduction CPAS de 50 % …) ». */
  public record GeneratedConvention(String fileName, String feeText) {}

  /** « Générer la convention »: the request is accepted and the document to sign is generated. */
  public GeneratedConvention acceptAndGenerate(Long conventionId) {
    Convention convention = conventions.accept(conventionId);
    ConventionDocument document = documents.generate(conventionId);
    return new GeneratedConvention(document.getFileName(), feeText(convention.getMonthlyFee(), convention.getReductionPercent()));
  }

  /** « 41,00 € HTVA par mois (réduction CPAS de 50 % sur 82,00 € …), TVA 21 % en sus, montant indexé » */
  static String feeText(BigDecimal monthlyFee, int reductionPercent) {
    String fee = FrenchText.euros(monthlyFee) + " HTVA par mois";
    if (reductionPercent > 0) {
      fee = FrenchText.euros(FeeTerms.afterReduction(monthlyFee, reductionPercent)) + " HTVA par mois (réduction CPAS de "
          + FrenchText.percent(reductionPercent) + " sur " + fee + ", la convention de l'Administration communale étant en vigueur)";
    }
    return fee + ", TVA " + FrenchText.percent(FeeTerms.VAT_RATE_PERCENT) + " en sus, montant indexé";
  }

  /** « Notifier le refus ». */
  public void refuse(Long conventionId, String reason) {
    mailer.refusal(conventions.refuse(conventionId, reason));
  }

  /** A signatory signs; the role (first or second signatory of the organisation) says which one. */
  public void recordSignature(Long conventionId, SignatoryRole role, Signature signature) {
    conventions.recordSignature(conventionId, role, signature);
  }

  public void recordUnionSignature(Long conventionId, String name, Signature signature) {
    conventions.recordUnionSignature(conventionId, name, signature);
  }

  /**
   * A second wall behind the closed variable door (docs/security.md): the convention a task acts on
   * belongs to the organisation (tenant) the process instance was started for.
   */
  @Transactional(readOnly = true)
  public void requireConventionOfTenant(Long conventionId, String tenantId) {
    String conventionTenant = conventions.get(conventionId).getOrganisation().getTenantId();
    if (tenantId != null && !tenantId.equals(conventionTenant)) {
      throw be.uvcw.convention.error.Refusal.forbidden(
          "Cette tâche ne peut agir que sur la convention de sa propre organisation.");
    }
  }

  /** The first or second signatory's role for this convention's organisation. */
  @Transactional(readOnly = true)
  public SignatoryRole signatoryRole(Long conventionId, boolean first) {
    Organisation organisation = conventions.get(conventionId).getOrganisation();
    return first ? organisation.getType().firstSignatory() : organisation.getType().secondSignatory();
  }

  /** « Annuler la demande »: a signatory refused. */
  public void cancel(Long conventionId, String refusedBy, String reason) {
    mailer.cancellation(conventions.cancel(conventionId, reason), refusedBy);
  }

  /** « Clôturer la demande expirée »: 60 days without every signature. */
  public void expire(Long conventionId) {
    mailer.expiry(conventions.expire(conventionId));
  }

  /**
   * « Inviter les signataires »: the first or second signatory is told what to sign and by when
   * (deadline: the last day before the request expires), with the document and, while their
   * account has no password, a personal link. Returns the address written to.
   */
  public String invite(Long conventionId, boolean first, java.time.LocalDate deadline) {
    Convention convention = conventions.get(conventionId);
    Organisation organisation = convention.getOrganisation();
    var role = first ? organisation.getType().firstSignatory() : organisation.getType().secondSignatory();
    return mailer.invitation(convention, organisation.signatory(role).orElseThrow(), documents.document(conventionId), deadline);
  }

  /** « Envoyer un rappel »: to whoever has not signed yet. */
  public List<String> remind(Long conventionId, java.time.LocalDate deadline) {
    return mailer.reminder(conventions.get(conventionId), deadline);
  }

  /** « Activer la convention »: dates from the last signature (ConventionDates). */
  public Convention activate(Long conventionId) {
    return conventions.activate(conventionId);
  }

  /** « Envoyer les informations d'accès ». */
  public List<String> sendAccessInformation(Long conventionId) {
    Convention convention = conventions.get(conventionId);
    SpaceReport space = provisioning.spaceOf(convention.getOrganisation().getId()).orElseThrow(() ->
        new Conflict("L'espace sécurisé de « " + convention.getOrganisation().getName() + " » n'existe pas encore."));
    return mailer.accessInformation(convention, space, documents.document(conventionId));
  }
}
