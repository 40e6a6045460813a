package be.uvcw.convention.provisioning;

public enum InstallationState {
  INSTALLED("Installé"),
  REMOVED("Retiré");

  private final String label;

  InstallationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
