package be.uvcw.convention.maintenance;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.FormValues;
import java.time.LocalDate;

/** What « Signer la Charte de maintenance » must say before it is recorded: the Charter accepted, on a day not in the future. */
final class CharterSignature {

  private CharterSignature() {}

  /** The day of the signature; BadInput (400) with the French reason when it cannot be recorded. */
  static LocalDate check(Object accepted, Object signedOn, LocalDate today) {
    if (!Boolean.TRUE.equals(accepted)) {
      throw new BadInput("Cochez « J'ai lu et j'accepte la Charte de maintenance » pour rejoindre l'équipe.");
    }
    LocalDate day = FormValues.date(signedOn);
    if (day == null) {
      throw new BadInput("Indiquez la date de signature.");
    }
    if (day.isAfter(today)) {
      throw new BadInput("La date de signature ne peut pas être dans le futur.");
    }
    return day;
  }
}
