package be.uvcw.convention.organisation;

public enum SignatoryRole {
  PRESIDENT("Président"),
  SECRETARY("Secrétaire"),
  MAYOR("Bourgmestre"),
  DIRECTOR_GENERAL("Directeur général");

  private final String label;

  SignatoryRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
