package be.uvcw.convention.billing;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers: one counter row per year and kind, incremented by an upsert that locks the
 * row until the issuing transaction ends. A rollback undoes the increment with everything else,
 * so no number is lost or given twice; concurrent issuers wait for each other on that row.
 */
@Component
@RequiredArgsConstructor
public class DocumentNumbering {

  public enum Kind { INVOICE, CREDIT_NOTE }

  private final JdbcTemplate jdbc;

  /** Reserves count consecutive numbers of that year; returns the first. Must run inside the issuing transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int take(Kind kind, int year, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count " + count);
    }
    Integer last = jdbc.queryForObject(
        "insert into document_counter (year, kind, last_value) values (?, ?, ?)"
            + " on conflict (year, kind) do update set last_value = document_counter.last_value + excluded.last_value"
            + " returning last_value", Integer.class, year, kind.name(), count);
    return last - count + 1;
  }

  public static String format(Kind kind, int year, int sequence) {
    return (kind == Kind.CREDIT_NOTE ? "NC-" : "") + year + "-" + String.format("%05d", sequence);
  }
}
