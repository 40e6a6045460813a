package be.uvcw.convention.adaptation;

/** What the decision table "adaptation-decision" answers. */
public enum TableOutcome {
  ACCEPT("acceptée"),
  REFUSE("refusée"),
  ESCALATE("transmise à la direction de l'Union");

  private final String label;

  TableOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
