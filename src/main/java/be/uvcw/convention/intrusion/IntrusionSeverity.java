package be.uvcw.convention.intrusion;

import be.uvcw.convention.error.BadInput;

public enum IntrusionSeverity {
  LOW("Faible"),
  MEDIUM("Moyenne"),
  HIGH("Élevée"),
  CRITICAL("Critique");

  private final String label;

  IntrusionSeverity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static IntrusionSeverity parse(String text) {
    if (text == null || text.isBlank()) {
      throw new BadInput("La gravité est obligatoire (LOW, MEDIUM, HIGH ou CRITICAL).");
    }
    try {
      return valueOf(text.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new BadInput("Gravité inconnue « " + text + " » : LOW, MEDIUM, HIGH ou CRITICAL.");
    }
  }
}
