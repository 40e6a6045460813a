package be.uvcw.convention.tooling.request;

public enum ToolRequestStatus {
  REQUESTED("Demandé"),
  APPROVED("Approuvé"),
  REFUSED("Refusé"),
  INSTALLED("Installé");

  private final String label;

  ToolRequestStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
