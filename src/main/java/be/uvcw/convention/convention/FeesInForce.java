package be.uvcw.convention.convention;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The monthly fee in force for a month, as the fee schedule says: what a convention writes down
 * when the Union accepts it. Billing owns the schedule and implements this, so that convention
 * does not depend on billing.
 */
public interface FeesInForce {

  BigDecimal monthlyFeeFor(YearMonth month);
}
