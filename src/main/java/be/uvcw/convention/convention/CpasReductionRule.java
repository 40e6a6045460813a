package be.uvcw.convention.convention;

import be.uvcw.convention.organisation.OrganisationType;

/**
 * Art. 7a: a CPAS pays half the fee while the convention of the Administration communale of the
 * same entity is in force. A commune never gets the reduction; the rate is in {@link FeeTerms}. Pure rule, no Spring.
 */
public final class CpasReductionRule {

  private CpasReductionRule() {}

  /** The reduction, in percent, for an organisation of that type on a day its commune's convention is (or is not) in force. */
  public static int reductionPercent(OrganisationType type, boolean communeConventionInForce) {
    return type == OrganisationType.CPAS && communeConventionInForce ? FeeTerms.CPAS_REDUCTION_PERCENT : 0;
  }
}
