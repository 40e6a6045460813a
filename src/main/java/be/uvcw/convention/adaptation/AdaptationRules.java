package be.uvcw.convention.adaptation;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.organisation.EnterpriseNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** Pure rules of adaptation requests: workload, due date, naming of benefiting organisations. */
public final class AdaptationRules {

  /** Working days the team needs to plan the work before starting it. */
  static final int PLANNING_WORKING_DAYS = 5;
  /** The team works on adaptations part-time: one estimated person-day takes two working days. */
  static final int WORKING_DAYS_PER_PERSON_DAY = 2;
  /** A reopened adaptation is due again this many working days after the User's answer. */
  static final int REWORK_WORKING_DAYS = 5;

  private AdaptationRules() {}

  /** Workload in person-days, by half days, at least 0.5. */
  public static BigDecimal workload(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new BadInput("Indiquez la charge de travail estimée, en jours-personne.");
    }
    BigDecimal days;
    try {
      days = new BigDecimal(value.toString().trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new BadInput("Charge de travail illisible : « " + value + " ».");
    }
    if (days.compareTo(new BigDecimal("0.5")) < 0) {
      throw new BadInput("La charge de travail est d'au moins 0,5 jour-personne.");
    }
    if (days.remainder(new BigDecimal("0.5")).signum() != 0) {
      throw new BadInput("La charge de travail s'estime par demi-journées (0,5 ; 1 ; 1,5 …).");
    }
    if (days.compareTo(new BigDecimal("9999")) > 0) {
      throw new BadInput("La charge de travail dépasse 9999 jours-personne.");
    }
    return days.setScale(1, RoundingMode.UNNECESSARY);
  }

  /** Due date of accepted work: planning, then two working days per person-day (rounded up). */
  public static LocalDate dueDate(LocalDate acceptedOn, BigDecimal workloadDays) {
    int workDays = workloadDays.multiply(BigDecimal.valueOf(WORKING_DAYS_PER_PERSON_DAY)).setScale(0, RoundingMode.CEILING).intValueExact();
    return plusWorkingDays(acceptedOn, PLANNING_WORKING_DAYS + workDays);
  }

  /** Due date of reopened work. */
  public static LocalDate reworkDueDate(LocalDate reopenedOn) {
    return plusWorkingDays(reopenedOn, REWORK_WORKING_DAYS);
  }

  /** Monday to Friday; public holidays are not modelled (the team adjusts the due date in Tasklist). */
  public static LocalDate plusWorkingDays(LocalDate from, int workingDays) {
    LocalDate day = from;
    int added = 0;
    while (added < workingDays) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return day;
  }

  /** Union management's answer to an escalated request: ACCEPT or REFUSE, with the reason the User will read. */
  public static void checkArbitration(Object decision, Object reason) {
    if (!"ACCEPT".equals(decision) && !"REFUSE".equals(decision)) {
      throw new BadInput("Choisissez d'accepter ou de refuser l'adaptation.");
    }
    requiredText(reason, "le motif", 2000);
  }

  /** The maintenance team's delivery: the package to install and the notes the User will read. */
  public static void checkDelivery(Object adaptationPackage, Object notes) {
    requiredText(adaptationPackage, "le paquet d'adaptation", 60);
    requiredText(notes, "les notes de livraison", 4000);
  }

  /** The User's answer: CONFIRM, or REOPEN with what is wrong. */
  public static void checkFeedback(Object response, Object reopenReason) {
    if ("REOPEN".equals(response)) {
      requiredText(reopenReason, "ce qui ne convient pas", 2000);
    } else if (!"CONFIRM".equals(response)) {
      throw new BadInput("Confirmez l'adaptation ou rouvrez la demande.");
    }
  }

  private static void requiredText(Object value, String what, int max) {
    if (value == null || value.toString().isBlank()) {
      throw new BadInput("Indiquez " + what + ".");
    }
    if (value.toString().trim().length() > max) {
      throw new BadInput("Le champ « " + what + " » dépasse " + max + " caractères.");
    }
  }

  /**
   * The organisations named as benefiting, one per line (or separated by commas or semicolons):
   * enterprise numbers (with or without dots) or tenant ids "org-0123456789"; returned as tenant ids.
   */
  public static Set<String> beneficiaryTenants(String text) {
    Set<String> tenants = new LinkedHashSet<>();
    if (text == null) {
      return tenants;
    }
    for (String raw : text.split("[\\n\\r,;]+")) {
      String item = raw.trim();
      if (item.isEmpty()) {
        continue;
      }
      String digits = item.toLowerCase().startsWith("org-") ? item.substring(4) : item;
      try {
        tenants.add("org-" + EnterpriseNumber.parse(digits).digits());
      } catch (RuntimeException e) {
        throw new BadInput("« " + item + " » n'est ni un numéro d'entreprise valide ni un identifiant d'organisation.");
      }
    }
    return tenants;
  }
}
