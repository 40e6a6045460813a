package be.uvcw.convention.convention;

import be.uvcw.convention.organisation.OrganisationType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Art. 7a: a CPAS pays half the fee while the convention of the Administration communale of the
 * same entity is in force. A commune never gets the reduction. Pure rule, no Spring.
 */
public final class CpasReductionRule {

  public static final int CPAS_REDUCTION_PERCENT = 50;

  private CpasReductionRule() {}

  /** The reduction, in percent, for an organisation of that type on a day its commune's convention is (or is not) in force. */
  public static int reductionPercent(OrganisationType type, boolean communeConventionInForce) {
    return type == OrganisationType.CPAS && communeConventionInForce ? CPAS_REDUCTION_PERCENT : 0;
  }

  /** The monthly fee after the reduction, rounded half-up to the cent. */
  public static BigDecimal reducedFee(BigDecimal monthlyFee, int reductionPercent) {
    return monthlyFee.multiply(BigDecimal.valueOf(100 - reductionPercent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }
}
