package be.uvcw.convention.organisation;

public enum OrganisationType {
  /** Administration communale: signed by the Mayor and the Director-General, never reduced. */
  COMMUNE("Administration communale", SignatoryRole.MAYOR, SignatoryRole.DIRECTOR_GENERAL),
  /** CPAS: signed by its President and Secretary; 50% off while its commune's convention is in force. */
  CPAS("CPAS", SignatoryRole.PRESIDENT, SignatoryRole.SECRETARY);

  private final String label;
  private final SignatoryRole firstSignatory;
  private final SignatoryRole secondSignatory;

  OrganisationType(String label, SignatoryRole firstSignatory, SignatoryRole secondSignatory) {
    this.label = label;
    this.firstSignatory = firstSignatory;
    this.secondSignatory = secondSignatory;
  }

  public String label() {
    return label;
  }

  /** The President of a CPAS, the Mayor of a commune. */
  public SignatoryRole firstSignatory() {
    return firstSignatory;
  }

  /** The Secretary of a CPAS, the Director-General of a commune. */
  public SignatoryRole secondSignatory() {
    return secondSignatory;
  }
}
