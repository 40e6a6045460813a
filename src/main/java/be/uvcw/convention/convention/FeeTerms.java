package be.uvcw.convention.convention;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money terms of the convention (art. 7; docs/domain.md « Fees and invoices »), in one place for
 * the convention's document and for billing: the VAT rate, the CPAS reduction and where amounts are
 * rounded (half-up to the cent: a reduced fee or invoice line, the VAT of an invoice, an indexed
 * fee). The fee itself is data, indexed each year: billing's fee schedule (82.00 from V40).
 * Pure rules: no Spring, no engine.
 */
public final class FeeTerms {

  /** VAT on the fee (art. 7a), as stored on every invoice and credit note. */
  public static final BigDecimal VAT_RATE_PERCENT = new BigDecimal("21.00");

  /** The CPAS reduction while the commune of the same entity is under convention (art. 7a). */
  public static final int CPAS_REDUCTION_PERCENT = 50;

  /** Amounts are kept to the cent, rounded half-up at each point these terms name. */
  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private FeeTerms() {}

  /** An amount rounded half-up to the cent. */
  public static BigDecimal toCent(BigDecimal amount) {
    return amount.setScale(SCALE, ROUNDING);
  }

  /** The monthly fee after a reduction in percent: fee × (1 − reduction), rounded half-up to the cent (an invoice line). */
  public static BigDecimal afterReduction(BigDecimal monthlyFee, int reductionPercent) {
    if (reductionPercent < 0 || reductionPercent > 100) {
      throw new IllegalArgumentException("Une réduction est comprise entre 0 et 100 %.");
    }
    return toCent(monthlyFee.multiply(BigDecimal.valueOf(100 - reductionPercent)).divide(HUNDRED));
  }

  /** The VAT of an invoice: 21 % of its total excl. VAT, rounded half-up to the cent. */
  public static BigDecimal vatOn(BigDecimal totalExclVat) {
    return toCent(totalExclVat.multiply(VAT_RATE_PERCENT).divide(HUNDRED));
  }

  /** An indexed fee: base fee × new health index ÷ base index, rounded half-up to the cent. */
  public static BigDecimal indexedFee(BigDecimal baseFee, BigDecimal newIndex, BigDecimal baseIndex) {
    if (newIndex.signum() <= 0 || baseIndex.signum() <= 0) {
      throw new IllegalArgumentException("Les indices santé doivent être positifs.");
    }
    return baseFee.multiply(newIndex).divide(baseIndex, SCALE, ROUNDING);
  }
}
