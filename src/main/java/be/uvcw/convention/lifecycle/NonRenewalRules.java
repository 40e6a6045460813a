package be.uvcw.convention.lifecycle;

import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Judges a non-renewal letter against art. 8 (DOMAIN.md "Non-renewal"): on time when the Union
 * receives it on or before the renewal date minus one month. Pure rules: no clock, no Spring.
 */
public final class NonRenewalRules {

  private NonRenewalRules() {}

  /** The decision on one letter, with what the User must be told. */
  public record Decision(boolean accepted, LocalDate renewalDate, LocalDate deadline, LocalDate endDate,
      LocalDate nextDeadline, String reason) {}

  /**
   * The letter concerns the first renewal after the day it was received. On time: the convention
   * ends the day before that renewal. Late: it renews and the User is told the next deadline.
   * In the last year (no renewal left) there is nothing to refuse: the 48-month limit ends it.
   */
  public static Decision judge(ConventionDates dates, LocalDate received) {
    Optional<LocalDate> concerned = dates.nextRenewalAfter(received);
    if (concerned.isEmpty()) {
      return new Decision(false, null, null, null, null,
          "La convention n'a plus de reconduction à refuser : elle prend fin de plein droit le "
              + FrenchText.date(dates.limitEnd()) + " (durée maximale de 48 mois).");
    }
    LocalDate renewal = concerned.get();
    LocalDate deadline = ConventionDates.noticeDeadline(renewal);
    Optional<LocalDate> end = dates.endAfterNoticeReceived(received);
    if (end.isPresent() && end.get().equals(renewal.minusDays(1))) {
      return new Decision(true, renewal, deadline, end.get(), null,
          "Lettre reçue le " + FrenchText.date(received) + ", au plus tard le " + FrenchText.date(deadline)
              + " : la convention ne sera pas reconduite le " + FrenchText.date(renewal)
              + " et prend fin le " + FrenchText.date(end.get()) + ".");
    }
    LocalDate nextDeadline = dates.nextRenewalAfter(renewal).map(ConventionDates::noticeDeadline).orElse(null);
    String next = nextDeadline != null
        ? " Pour mettre fin à la convention à l'échéance suivante, votre lettre doit nous parvenir au plus tard le "
            + FrenchText.date(nextDeadline) + "."
        : " La convention prendra fin de plein droit le " + FrenchText.date(dates.limitEnd()) + " (durée maximale de 48 mois).";
    return new Decision(false, renewal, deadline, null, nextDeadline,
        "Lettre reçue le " + FrenchText.date(received) + ", après la date limite du " + FrenchText.date(deadline)
            + " (un mois avant la reconduction du " + FrenchText.date(renewal) + ") : la convention est reconduite." + next);
  }
}
