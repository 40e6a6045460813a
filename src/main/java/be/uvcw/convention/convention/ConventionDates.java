package be.uvcw.convention.convention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a convention, from its signature date (art. 8, DOMAIN.md "Convention lifecycle").
 * Pure rules: no clock, no Spring, no engine.
 */
public record ConventionDates(LocalDate signatureDate, LocalDate start) {

  /** One year, renewed tacitly three times: 48 months in all. */
  public static final int TERM_MONTHS = 12;
  public static final int MAXIMUM_MONTHS = 48;
  /** The non-renewal letter must be received at the latest one month before the renewal date. */
  public static final int NOTICE_MONTHS = 1;
  /** The User and the Union are warned this long before the 48-month limit. */
  public static final int LIMIT_WARNING_MONTHS = 3;

  public ConventionDates {
    Objects.requireNonNull(signatureDate, "signatureDate");
    Objects.requireNonNull(start, "start");
  }

  /** The convention starts on the first day of the month following the last signature. */
  public static ConventionDates fromSignature(LocalDate signatureDate) {
    return new ConventionDates(signatureDate, signatureDate.withDayOfMonth(1).plusMonths(1));
  }

  /** The signature date is the date of the last of the three signatures. */
  public static LocalDate signatureDate(LocalDate first, LocalDate... others) {
    LocalDate last = first;
    for (LocalDate other : others) {
      if (other.isAfter(last)) {
        last = other;
      }
    }
    return last;
  }

  /** Last day of the first one-year term. */
  public LocalDate firstTermEnd() {
    return start.plusMonths(TERM_MONTHS).minusDays(1);
  }

  /** start + 12, + 24 and + 36 months. */
  public List<LocalDate> renewalDates() {
    return List.of(start.plusMonths(12), start.plusMonths(24), start.plusMonths(36));
  }

  /** The last day the convention can be in force: start + 48 months - 1 day. */
  public LocalDate limitEnd() {
    return start.plusMonths(MAXIMUM_MONTHS).minusDays(1);
  }

  /** When the User and the Union are told a new convention is needed. */
  public LocalDate limitWarningDate() {
    return start.plusMonths(MAXIMUM_MONTHS - LIMIT_WARNING_MONTHS);
  }

  /** Last day a non-renewal letter can be received for that renewal (included). */
  public static LocalDate noticeDeadline(LocalDate renewalDate) {
    return renewalDate.minusMonths(NOTICE_MONTHS);
  }

  /** The next renewal strictly after the given day, or empty when none is left before the limit. */
  public java.util.Optional<LocalDate> nextRenewalAfter(LocalDate day) {
    return renewalDates().stream().filter(d -> d.isAfter(day)).findFirst();
  }

  /** Last day of the yearly term that holds the given day (never past the 48-month limit). */
  public LocalDate termEndOn(LocalDate day) {
    return nextRenewalAfter(day).map(d -> d.minusDays(1)).orElse(limitEnd());
  }

  /**
   * A non-renewal letter received on the given day: the convention then ends the day before the
   * first renewal whose deadline the letter meets, or empty when no renewal is left to refuse.
   */
  public java.util.Optional<LocalDate> endAfterNoticeReceived(LocalDate received) {
    return renewalDates().stream()
        .filter(renewal -> !received.isAfter(noticeDeadline(renewal)))
        .findFirst()
        .map(renewal -> renewal.minusDays(1));
  }

  /** Is the convention in force on that day, given its end date when one is known. */
  public boolean inForceOn(LocalDate day, LocalDate endDate) {
    LocalDate lastDay = endDate != null ? endDate : limitEnd();
    return !day.isBefore(start) && !day.isAfter(lastDay);
  }
}
