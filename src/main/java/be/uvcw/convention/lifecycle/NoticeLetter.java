package be.uvcw.convention.lifecycle;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.LocalDate;

/** A non-renewal letter as registered by Union staff; the scan is optional (Tasklist has no file picker). */
public record NoticeLetter(LocalDate receivedOn, LocalDate letterDate, String reference, Scan scan) {

  public record Scan(String fileName, String contentType, byte[] content) {}

  public NoticeLetter {
    if (receivedOn == null) {
      throw new BadInput("La date de réception de la lettre est obligatoire.");
    }
    if (letterDate == null) {
      throw new BadInput("La date de la lettre est obligatoire.");
    }
    if (reference == null || reference.isBlank()) {
      throw new BadInput("La référence de la lettre est obligatoire.");
    }
    if (reference.length() > 100) {
      throw new BadInput("La référence de la lettre compte au plus 100 caractères.");
    }
    if (letterDate.isAfter(receivedOn)) {
      throw new BadInput("La date de la lettre (" + FrenchText.date(letterDate)
          + ") ne peut pas être postérieure à sa date de réception (" + FrenchText.date(receivedOn) + ").");
    }
    reference = reference.trim();
  }
}
