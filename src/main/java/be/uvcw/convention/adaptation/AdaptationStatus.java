package be.uvcw.convention.adaptation;

public enum AdaptationStatus {
  SUBMITTED("Soumise"),
  ESTIMATED("Estimée"),
  ESCALATED("Transmise à la direction"),
  REFUSED("Refusée"),
  ACCEPTED("Acceptée"),
  DELIVERED("Livrée"),
  CONFIRMED("Confirmée");

  private final String label;

  AdaptationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
