package be.uvcw.convention.provisioning;

public enum SpaceState {
  ACTIVE("Actif"),
  SUSPENDED("Suspendu"),
  READ_ONLY("Lecture seule"),
  DELETED("Supprimé");

  private final String label;

  SpaceState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
