package be.uvcw.convention.convention;

public enum ConventionStatus {
  /** Requested; Union staff check the request. */
  UNDER_REVIEW("En cours de vérification"),
  /** Accepted by the Union; waiting for the three signatures. */
  AWAITING_SIGNATURES("En attente de signatures"),
  /** Signed by all; in force from its start date until its end. */
  ACTIVE("Active"),
  /** Past its end date. */
  ENDED("Terminée"),
  /** Refused by the Union when checking the request. */
  REFUSED("Refusée"),
  /** A signatory refused to sign. */
  CANCELLED("Annulée"),
  /** Not signed within 60 days. */
  EXPIRED("Expirée");

  private final String label;

  ConventionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == UNDER_REVIEW || this == AWAITING_SIGNATURES || this == ACTIVE;
  }
}
