package be.uvcw.convention.convention;

/** Who signs every convention for the Union; the money terms (art. 7) are {@link FeeTerms}. */
public final class ConventionTerms {

  /** Who signs for the Union (the Secrétaire générale adjointe), as named in the convention. */
  public static final String UNION_SIGNATORY_NAME = "Michèle Boverie";
  public static final String UNION_SIGNATORY_TITLE = "Secrétaire générale adjointe";

  private ConventionTerms() {}
}
