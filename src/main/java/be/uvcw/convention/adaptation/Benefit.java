package be.uvcw.convention.adaptation;

import be.uvcw.convention.error.BadInput;
/** How much other Users would profit from an adaptation (art. 6.2, second criterion). */
public enum Benefit {
  NONE("aucun"),
  SOME("quelques Utilisateurs"),
  MOST("la plupart");

  private final String label;

  Benefit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Benefit parse(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new BadInput("Indiquez le profit pour d'autres Utilisateurs (aucun, quelques Utilisateurs ou la plupart).");
    }
    try {
      return valueOf(value.toString().trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new BadInput("Profit pour d'autres Utilisateurs inconnu : « " + value + " ».");
    }
  }
}
