package be.uvcw.convention.billing;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.convention.FeeTerms;
import be.uvcw.convention.platform.french.FrenchText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The monthly fee excl. VAT with its effective dates (art. 7a: 82 EUR, indexed). A month is billed
 * at the fee in force on its first day. Pure value: loaded by {@link FeeScheduleService}.
 */
public final class FeeSchedule {

  private final NavigableMap<LocalDate, BigDecimal> fees = new TreeMap<>();

  public FeeSchedule(List<Entry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("Le barème des participations est vide.");
    }
    entries.stream().sorted(Comparator.comparing(Entry::effectiveFrom))
        .forEach(e -> fees.put(e.effectiveFrom(), e.monthlyFee().setScale(2, RoundingMode.UNNECESSARY)));
  }

  public static FeeSchedule of(Entry... entries) {
    return new FeeSchedule(List.of(entries));
  }

  /** The fee in force on the first day of that month. */
  public BigDecimal feeFor(YearMonth month) {
    var entry = fees.floorEntry(month.atDay(1));
    if (entry == null) {
      throw new IllegalStateException("Aucune participation mensuelle n'est en vigueur le " + FrenchText.date(month.atDay(1)) + ".");
    }
    return entry.getValue();
  }

  /** The fee the indexation formula starts from: the first one of the schedule (82.00). */
  public BigDecimal baseFee() {
    return fees.firstEntry().getValue();
  }

  /** new fee = base fee × new health index / base index, rounded half-up to the cent. */
  public static BigDecimal indexedFee(BigDecimal baseFee, BigDecimal newIndex, BigDecimal baseIndex) {
    if (newIndex.signum() <= 0 || baseIndex.signum() <= 0) {
      throw new BadInput("Les indices santé doivent être positifs.");
    }
    return FeeTerms.indexedFee(baseFee, newIndex, baseIndex);
  }

  public record Entry(LocalDate effectiveFrom, BigDecimal monthlyFee) {}
}
