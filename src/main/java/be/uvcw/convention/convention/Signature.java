package be.uvcw.convention.convention;

import java.time.LocalDate;

/** One party's signature: when and where (« Fait à … le … »). */
public record Signature(LocalDate date, String place) {
  public Signature {
    if (date == null) {
      throw new IllegalArgumentException("La date de signature est obligatoire.");
    }
    if (place == null || place.isBlank()) {
      throw new IllegalArgumentException("Le lieu de signature est obligatoire.");
    }
  }
}
