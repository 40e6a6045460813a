package be.uvcw.convention.billing;

import be.uvcw.convention.error.Refusal;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.LocalDate;
import java.time.Month;

/**
 * Which billing dates a run may have (issue 8, docs/billing.md): 1 January or 1 July, not before
 * the semester of the first convention in force, and not more than one semester ahead of today.
 * Pure rule: no Spring, no Camunda.
 */
public final class BillingDatePolicy {

  private BillingDatePolicy() {}

  /** The billing date of the semester that contains this day (1 January or 1 July). */
  public static LocalDate semesterStart(LocalDate day) {
    return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
  }

  /**
   * @param firstConventionStart the earliest start date of a convention, or null when none exists
   * @throws Refusal (400, French) when the date is not plausible
   */
  public static void requirePlausible(LocalDate billingDate, LocalDate today, LocalDate firstConventionStart) {
    if (billingDate.getDayOfMonth() != 1 || (billingDate.getMonth() != Month.JANUARY && billingDate.getMonth() != Month.JULY)) {
      throw Refusal.badInput("La date de facturation doit être un 1er janvier ou un 1er juillet (reçu : " + FrenchText.date(billingDate) + ").");
    }
    LocalDate latest = semesterStart(today).plusMonths(6);
    if (billingDate.isAfter(latest)) {
      throw Refusal.badInput("La date de facturation " + FrenchText.date(billingDate) + " est trop lointaine : au plus un semestre à l'avance, soit le "
          + FrenchText.date(latest) + " au plus tard.");
    }
    if (firstConventionStart != null && billingDate.isBefore(semesterStart(firstConventionStart))) {
      throw Refusal.badInput("La date de facturation " + FrenchText.date(billingDate) + " précède la première convention (en vigueur depuis le "
          + FrenchText.date(firstConventionStart) + ") : il n'y a rien à facturer.");
    }
  }
}
