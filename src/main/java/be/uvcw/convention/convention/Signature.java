package be.uvcw.convention.convention;

import be.uvcw.convention.error.BadInput;
import java.time.LocalDate;

/** One party's signature: when and where (« Fait à … le … »). */
public record Signature(LocalDate date, String place) {
  public Signature {
    if (date == null) {
      throw new BadInput("La date de signature est obligatoire.");
    }
    if (place == null || place.isBlank()) {
      throw new BadInput("Le lieu de signature est obligatoire.");
    }
  }
}
