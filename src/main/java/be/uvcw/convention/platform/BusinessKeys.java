package be.uvcw.convention.platform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Every process instance's business key, in one style: {@code <subject>-<id>} such as
 * {@code convention-12}, {@code billing-run-2027-01-01} or {@code invoice-2026-00001}. Stable and
 * correlatable (adapters find and correlate by it); people read the organisation in the task names
 * (worklist.WorkLabels), not in the key (docs/decisions.md).
 */
public final class BusinessKeys {

  private BusinessKeys() {}

  /** {@code of("convention", 12)} is {@code convention-12}. */
  public static String of(String subject, Object id) {
    Objects.requireNonNull(id, () -> "no id for the business key of " + subject);
    if (subject == null || !subject.matches("[a-z]+(-[a-z]+)*")) {
      throw new IllegalArgumentException("a business key's subject is lower-case words joined by '-': " + subject);
    }
    String value = id.toString();
    if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a business key's id has no spaces: '" + value + "'");
    }
    return subject + "-" + value;
  }

  /** {@code of("billing-run", 2027-01-01)} is {@code billing-run-2027-01-01} (ISO date). */
  public static String of(String subject, LocalDate day) {
    return of(subject, (Object) day);
  }
}
