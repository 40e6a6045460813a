package be.uvcw.convention.convention;

/** The terms written in every convention (art. 7), kept in one place; the fee itself comes from billing's fee schedule. */
public final class ConventionTerms {

  /** VAT on the fee (art. 7a). */
  public static final int VAT_PERCENT = 21;

  /** Who signs for the Union (the Secrétaire générale adjointe), as named in the convention. */
  public static final String UNION_SIGNATORY_NAME = "Michèle Boverie";
  public static final String UNION_SIGNATORY_TITLE = "Secrétaire générale adjointe";

  private ConventionTerms() {}
}
