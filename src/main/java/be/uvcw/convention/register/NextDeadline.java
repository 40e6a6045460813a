package be.uvcw.convention.register;

import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.convention.ConventionStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The next date a clerk must watch for a convention, as the register's list shows it. Pure rule:
 * no clock, no Spring. Before the notice deadline of the coming renewal, that deadline; after it,
 * the renewal itself; with no renewal left, the 48-month limit; once an end is fixed, the end.
 */
public record NextDeadline(Kind kind, LocalDate date) {

  public enum Kind {
    NOTICE_DEADLINE("Date limite de non-reconduction"),
    RENEWAL("Reconduction tacite"),
    END("Fin de la convention"),
    LIMIT("Limite des 48 mois");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String label() {
    return kind.label();
  }

  /** Empty for a convention that is not in force or will never be (requests, refusals, ended ones). */
  public static Optional<NextDeadline> of(ConventionStatus status, LocalDate signatureDate, LocalDate start,
      LocalDate endDate, LocalDate today) {
    if (status != ConventionStatus.ACTIVE || signatureDate == null || start == null) {
      return Optional.empty();
    }
    ConventionDates dates = new ConventionDates(signatureDate, start);
    if (endDate != null) {
      return Optional.of(new NextDeadline(Kind.END, endDate));
    }
    Optional<LocalDate> renewal = dates.nextRenewalAfter(today);
    if (renewal.isEmpty()) {
      return Optional.of(new NextDeadline(Kind.LIMIT, dates.limitEnd()));
    }
    LocalDate deadline = ConventionDates.noticeDeadline(renewal.get());
    return Optional.of(today.isAfter(deadline)
        ? new NextDeadline(Kind.RENEWAL, renewal.get())
        : new NextDeadline(Kind.NOTICE_DEADLINE, deadline));
  }

  /** The notice deadline of the coming renewal (the dossier's « Date limite de préavis »), empty when none is left. */
  public static Optional<LocalDate> noticeDeadline(LocalDate signatureDate, LocalDate start, LocalDate today) {
    if (signatureDate == null || start == null) {
      return Optional.empty();
    }
    ConventionDates dates = new ConventionDates(signatureDate, start);
    return dates.renewalDates().stream().map(ConventionDates::noticeDeadline).filter(d -> !d.isBefore(today)).findFirst();
  }
}
