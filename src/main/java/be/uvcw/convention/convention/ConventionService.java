package be.uvcw.convention.convention;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.SignatoryRole;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitions of a convention during its onboarding: accepted by the Union, signed by the
 * three parties, refused, cancelled or expired, and activated with its dates.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ConventionService {

  private final ConventionRepository conventions;
  private final OrganisationRepository organisations;
  private final Clock clock;
  private final FeesInForce fees;

  @Transactional(readOnly = true)
  public Convention get(Long conventionId) {
    return conventions.findById(conventionId).orElseThrow(() -> new ConventionNotFoundException(conventionId));
  }

  /**
   * The Union accepts the request: the fee and the CPAS reduction are fixed as they stand today,
   * and the convention waits for its signatures.
   */
  public Convention accept(Long conventionId) {
    Convention convention = get(conventionId);
    int reduction = CpasReductionRule.reductionPercent(convention.getOrganisation().getType(),
        communeConventionInForce(convention.getOrganisation(), today()));
    // the fee written in the convention: the indexed fee in force this month (billing's fee schedule)
    convention.acceptRequest(fees.monthlyFeeFor(YearMonth.from(today())), reduction);
    return convention;
  }

  /** Is the convention of the Administration communale of the same entity in force on that day. */
  @Transactional(readOnly = true)
  public boolean communeConventionInForce(Organisation organisation, LocalDate day) {
    if (organisation.getType() != OrganisationType.CPAS) {
      return false;
    }
    return organisations.findByMunicipalityAndType(organisation.getMunicipality(), OrganisationType.COMMUNE)
        .map(commune -> conventions.findByOrganisationOrderByRequestedAtDesc(commune).stream()
            .anyMatch(c -> c.getSignatureDate() != null && c.inForceOn(day)))
        .orElse(false);
  }

  /** One of the organisation's two signatories signs (« Fait à … le … »). */
  public Convention recordSignature(Long conventionId, SignatoryRole role, Signature signature) {
    Convention convention = get(conventionId);
    requireNotInFuture(signature);
    OrganisationType type = convention.getOrganisation().getType();
    if (role == type.firstSignatory()) {
      convention.recordPresidentSignature(signature);
    } else if (role == type.secondSignatory()) {
      convention.recordSecretarySignature(signature);
    } else {
      throw new BadInput("Le rôle « " + role.label() + " » ne signe pas pour " + type.label() + ".");
    }
    return convention;
  }

  /** The Secrétaire générale adjointe countersigns for the Union. */
  public Convention recordUnionSignature(Long conventionId, String signatoryName, Signature signature) {
    if (signatoryName == null || signatoryName.isBlank()) {
      throw new BadInput("Le nom de la personne qui contresigne pour l'Union est obligatoire.");
    }
    requireNotInFuture(signature);
    Convention convention = get(conventionId);
    convention.recordUnionSignature(signatoryName.trim(), signature);
    return convention;
  }

  /** Refused by the Union when it checked the request. */
  public Convention refuse(Long conventionId, String reason) {
    return close(conventionId, ConventionStatus.REFUSED, requireReason(reason));
  }

  /** A signatory refused to sign. */
  public Convention cancel(Long conventionId, String reason) {
    return close(conventionId, ConventionStatus.CANCELLED, requireReason(reason));
  }

  /** Not signed by everyone within 60 days. */
  public Convention expire(Long conventionId) {
    return close(conventionId, ConventionStatus.EXPIRED, "Convention non signée par toutes les parties dans les 60 jours.");
  }

  /** All three have signed: the convention is active, its dates computed from the last signature. */
  public Convention activate(Long conventionId) {
    Convention convention = get(conventionId);
    convention.activate();
    return convention;
  }

  private Convention close(Long conventionId, ConventionStatus outcome, String reason) {
    Convention convention = get(conventionId);
    convention.close(outcome, reason);
    return convention;
  }

  private void requireNotInFuture(Signature signature) {
    if (signature.date().isAfter(today())) {
      throw new BadInput("La date de signature (" + FrenchText.date(signature.date()) + ") ne peut pas être dans le futur.");
    }
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BadInput("Le motif est obligatoire.");
    }
    return reason.trim();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
