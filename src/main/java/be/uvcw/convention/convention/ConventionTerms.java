package be.uvcw.convention.convention;

import java.math.BigDecimal;

/** The terms written in every convention (art. 7), kept in one place. */
public final class ConventionTerms {

  /**
   * The monthly fee excl. VAT as the contract states it (art. 7a), before indexation. A convention
   * is written with the fee in force that month in billing's fee schedule (FeeScheduleService).
   */
  public static final BigDecimal BASE_MONTHLY_FEE = new BigDecimal("82.00");

  /** VAT on the fee (art. 7a). */
  public static final int VAT_PERCENT = 21;

  /** Who signs for the Union (the Secrétaire générale adjointe), as named in the convention. */
  public static final String UNION_SIGNATORY_NAME = "Michèle Boverie";
  public static final String UNION_SIGNATORY_TITLE = "Secrétaire générale adjointe";

  private ConventionTerms() {}
}
