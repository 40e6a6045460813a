package be.uvcw.convention.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aged balance (balance âgée) of what organisations owe: each open item's outstanding amount
 * in the bucket of its days past due on the reference day. "Non échu" holds what is not due yet
 * (due date after the day); an invoice due that very day is 0 days past due, in 0–30. Pure rules.
 */
public final class AgedBalance {

  public enum Bucket {
    NOT_DUE("Non échu"), DAYS_0_30("0–30 jours"), DAYS_31_60("31–60 jours"), DAYS_61_90("61–90 jours"), OVER_90("> 90 jours");

    private final String label;

    Bucket(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private AgedBalance() {}

  public static long daysPastDue(LocalDate dueDate, LocalDate asOf) {
    return ChronoUnit.DAYS.between(dueDate, asOf);
  }

  public static Bucket bucketOf(LocalDate dueDate, LocalDate asOf) {
    long days = daysPastDue(dueDate, asOf);
    if (days < 0) {
      return Bucket.NOT_DUE;
    }
    if (days <= 30) {
      return Bucket.DAYS_0_30;
    }
    if (days <= 60) {
      return Bucket.DAYS_31_60;
    }
    return days <= 90 ? Bucket.DAYS_61_90 : Bucket.OVER_90;
  }

  /** One organisation's line: what it owes in each bucket and in all. */
  public record Line(long organisationId, String organisation, String enterpriseNumber, Map<Bucket, BigDecimal> buckets,
                     BigDecimal total, int invoiceCount) {
    public BigDecimal in(Bucket bucket) {
      return buckets.get(bucket);
    }
  }

  /** Lines per organisation (by name), each bucket 0.00 when empty. */
  public static List<Line> of(Collection<OpenItem> items, LocalDate asOf) {
    Map<Long, List<OpenItem>> byOrganisation = new LinkedHashMap<>();
    items.stream().sorted(Comparator.comparing(OpenItem::organisation).thenComparing(OpenItem::organisationId))
        .forEach(item -> byOrganisation.computeIfAbsent(item.organisationId(), k -> new ArrayList<>()).add(item));
    List<Line> lines = new ArrayList<>();
    for (List<OpenItem> owed : byOrganisation.values()) {
      Map<Bucket, BigDecimal> buckets = empty();
      owed.forEach(item -> buckets.merge(bucketOf(item.dueDate(), asOf), item.outstanding(), BigDecimal::add));
      OpenItem first = owed.get(0);
      lines.add(new Line(first.organisationId(), first.organisation(), first.enterpriseNumber(), buckets, sum(buckets),
          owed.size()));
    }
    return lines;
  }

  /** The bottom line: every bucket over all organisations. */
  public static Map<Bucket, BigDecimal> totals(Collection<Line> lines) {
    Map<Bucket, BigDecimal> totals = empty();
    lines.forEach(line -> line.buckets().forEach((bucket, amount) -> totals.merge(bucket, amount, BigDecimal::add)));
    return totals;
  }

  public static BigDecimal sum(Map<Bucket, BigDecimal> buckets) {
    return buckets.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  private static Map<Bucket, BigDecimal> empty() {
    Map<Bucket, BigDecimal> buckets = new EnumMap<>(Bucket.class);
    for (Bucket bucket : Bucket.values()) {
      buckets.put(bucket, BigDecimal.ZERO.setScale(2));
    }
    return buckets;
  }
}
