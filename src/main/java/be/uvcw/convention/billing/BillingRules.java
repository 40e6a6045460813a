package be.uvcw.convention.billing;

import be.uvcw.convention.convention.FeeTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who owes what (DOMAIN.md "Fees and billing", art. 7): months owed, fee and CPAS reduction of
 * each month, line amounts, VAT. The rates and roundings are the convention's {@link FeeTerms}.
 * Pure rules: no clock, no Spring, no engine.
 */
public final class BillingRules {

  private BillingRules() {}

  /**
   * The dates of a convention as billing sees them. Tacit renewal is assumed: the convention stays
   * in force up to its 48-month limit unless an end date was set (accepted non-renewal, early end).
   */
  public record Term(LocalDate start, LocalDate limitEnd, LocalDate endDate) {
    public Term {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(limitEnd, "limitEnd");
    }

    public LocalDate lastDay() {
      return endDate != null && endDate.isBefore(limitEnd) ? endDate : limitEnd;
    }

    public boolean inForceOn(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(lastDay());
    }

    /** A month is billed when the convention is in force on its first day. */
    public boolean inForce(YearMonth month) {
      return inForceOn(month.atDay(1));
    }
  }

  /** The last month of the semester (January–June or July–December) holding that day. */
  public static YearMonth semesterEnd(LocalDate day) {
    return YearMonth.of(day.getYear(), day.getMonthValue() <= 6 ? 6 : 12);
  }

  /**
   * Months a billing run on that date invoices for a convention: every month in force up to the end
   * of the semester holding the billing date (the coming semester, in advance, and any earlier month
   * in force: catch-up), less the months already invoiced net of credit notes.
   */
  public static List<YearMonth> monthsOwed(Term term, LocalDate billingDate, Set<YearMonth> alreadyInvoiced) {
    return monthsInForce(term, YearMonth.from(term.start()), semesterEnd(billingDate)).stream()
        .filter(m -> !alreadyInvoiced.contains(m))
        .toList();
  }

  /** First invoice: the full months from the start to the end of the semester holding the start date. */
  public static List<YearMonth> firstInvoiceMonths(Term term) {
    return monthsInForce(term, YearMonth.from(term.start()), semesterEnd(term.start()));
  }

  private static List<YearMonth> monthsInForce(Term term, YearMonth from, YearMonth to) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if (term.inForce(m)) {
        months.add(m);
      }
    }
    return months;
  }

  /**
   * CPAS reduction: 50% for a month whose first day a convention of the Administration communale of
   * the same entity is in force; a commune gets none.
   */
  public static int reductionPercent(boolean cpas, YearMonth month, Collection<Term> communeTerms) {
    if (!cpas) {
      return 0;
    }
    return communeTerms.stream().anyMatch(t -> t.inForce(month)) ? FeeTerms.CPAS_REDUCTION_PERCENT : 0;
  }

  /** line = monthly fee × (1 − reduction), rounded half-up to the cent. */
  public static BigDecimal lineAmount(BigDecimal monthlyFee, int reductionPercent) {
    return FeeTerms.afterReduction(monthlyFee, reductionPercent);
  }

  /** One invoice line per month: fee in force on the first day, reduction, amount. */
  public static List<Line> lines(List<YearMonth> months, FeeSchedule fees, boolean cpas, Collection<Term> communeTerms) {
    return months.stream().map(m -> {
      BigDecimal fee = fees.feeFor(m);
      int reduction = reductionPercent(cpas, m, communeTerms);
      return new Line(m, fee, reduction, lineAmount(fee, reduction));
    }).toList();
  }

  /** VAT = 21% of the invoice total excl. VAT, rounded half-up to the cent; total = both. */
  public static Totals totals(Collection<BigDecimal> lineAmounts) {
    BigDecimal base = lineAmounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    BigDecimal vat = FeeTerms.vatOn(base);
    return new Totals(base, vat, base.add(vat));
  }

  public static Totals totalsOf(List<Line> lines) {
    return totals(lines.stream().map(Line::amount).toList());
  }

  public record Line(YearMonth month, BigDecimal unitPrice, int reductionPercent, BigDecimal amount) {}

  public record Totals(BigDecimal exclVat, BigDecimal vat, BigDecimal inclVat) {}
}
