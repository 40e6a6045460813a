package be.uvcw.convention.billing;

import be.uvcw.convention.billing.BillingRules.Term;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * CPAS reduction changes after invoicing (DOMAIN.md "Reduction changes after invoicing"): a month
 * already invoiced to a CPAS at one reduction and now owed at another is corrected once, by the
 * difference of the two line amounts (each rounded half-up as DOMAIN.md's "Amounts" says), so the
 * month's net equals the line it would have had: 82.00 billed at 100 %, now at 50 % → credit
 * 82.00 − 41.00 = 41.00; 84.37 at 50 % (42.19), now at 100 % → supplement 84.37 − 42.19 = 42.18.
 * The fee is the one the month was invoiced at (indexation is never retroactive). Pure rules.
 */
public final class ReductionCorrections {

  private ReductionCorrections() {}

  /**
   * A month of a CPAS convention as invoiced today: the line covering it, the fee it was billed at,
   * and the reduction it now stands at (as billed, or as last corrected).
   */
  public record BilledMonth(long lineId, long invoiceId, YearMonth month, BigDecimal unitPrice, int reductionPercent) {
    public BilledMonth {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(unitPrice, "unitPrice");
    }
  }

  public enum Direction {
    /** More reduction is owed: a credit note line. */
    CREDIT,
    /** Less reduction is owed: a supplementary invoice line. */
    SUPPLEMENT
  }

  public record Correction(BilledMonth billed, int toPercent, BigDecimal amount) {
    public Direction direction() {
      return toPercent > billed.reductionPercent() ? Direction.CREDIT : Direction.SUPPLEMENT;
    }
  }

  /** The corrections owed for those invoiced months, given the commune's conventions of the same entity as they are now. */
  public static List<Correction> owed(Collection<BilledMonth> billed, Collection<Term> communeTerms) {
    return billed.stream()
        .map(month -> correction(month, BillingRules.reductionPercent(true, month.month(), communeTerms)))
        .filter(Objects::nonNull)
        .toList();
  }

  static Correction correction(BilledMonth billed, int owedPercent) {
    if (owedPercent == billed.reductionPercent()) {
      return null;
    }
    BigDecimal asBilled = BillingRules.lineAmount(billed.unitPrice(), billed.reductionPercent());
    BigDecimal asOwed = BillingRules.lineAmount(billed.unitPrice(), owedPercent);
    return new Correction(billed, owedPercent, asBilled.subtract(asOwed).abs());
  }
}
