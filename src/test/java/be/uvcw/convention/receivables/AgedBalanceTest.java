package be.uvcw.convention.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.receivables.AgedBalance.Bucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The aged balance's buckets: days past the due date on the reference day. */
class AgedBalanceTest {

  private static final LocalDate TODAY = LocalDate.of(2032, 6, 30);

  @ParameterizedTest(name = "due {0} -> {1}")
  @CsvSource({
      "2032-07-01, NOT_DUE",    // due tomorrow
      "2032-06-30, DAYS_0_30",  // due today: 0 days past due
      "2032-05-31, DAYS_0_30",  // 30 days
      "2032-05-30, DAYS_31_60", // 31 days
      "2032-05-01, DAYS_31_60", // 60 days
      "2032-04-30, DAYS_61_90", // 61 days
      "2032-04-01, DAYS_61_90", // 90 days
      "2032-03-31, OVER_90",    // 91 days
      "2030-01-01, OVER_90"})
  void anInvoiceFallsInTheBucketOfItsDaysPastDue(LocalDate dueDate, Bucket bucket) {
    assertThat(AgedBalance.bucketOf(dueDate, TODAY)).isEqualTo(bucket);
  }

  @Test
  void eachOrganisationGetsOneLineWithItsOutstandingAmountsPerBucketAndTheTotalsAddUp() {
    List<OpenItem> items = List.of(
        item(1, 10, "CPAS de Namur", "2032-06-15", "99.22"),
        item(2, 10, "CPAS de Namur", "2032-03-01", "595.32"),
        item(3, 10, "CPAS de Namur", "2032-03-15", "10.00"),
        item(4, 20, "Commune d'Andenne", "2032-07-30", "1190.64"),
        item(5, 20, "Commune d'Andenne", "2032-05-15", "45.00"));

    List<AgedBalance.Line> lines = AgedBalance.of(items, TODAY);

    assertThat(lines).extracting(AgedBalance.Line::organisation).containsExactly("CPAS de Namur", "Commune d'Andenne");
    AgedBalance.Line namur = lines.get(0);
    assertThat(namur.invoiceCount()).isEqualTo(3);
    assertThat(namur.in(Bucket.NOT_DUE)).isEqualByComparingTo("0.00");
    assertThat(namur.in(Bucket.DAYS_0_30)).isEqualByComparingTo("99.22");
    assertThat(namur.in(Bucket.DAYS_31_60)).isEqualByComparingTo("0.00");
    assertThat(namur.in(Bucket.DAYS_61_90)).isEqualByComparingTo("0.00");
    assertThat(namur.in(Bucket.OVER_90)).isEqualByComparingTo("605.32"); // 121 and 107 days
    assertThat(namur.total()).isEqualByComparingTo("704.54");
    AgedBalance.Line andenne = lines.get(1);
    assertThat(andenne.in(Bucket.NOT_DUE)).isEqualByComparingTo("1190.64");
    assertThat(andenne.in(Bucket.DAYS_31_60)).isEqualByComparingTo("45.00"); // 46 days

    var totals = AgedBalance.totals(lines);
    assertThat(totals.get(Bucket.NOT_DUE)).isEqualByComparingTo("1190.64");
    assertThat(totals.get(Bucket.DAYS_0_30)).isEqualByComparingTo("99.22");
    assertThat(totals.get(Bucket.DAYS_31_60)).isEqualByComparingTo("45.00");
    assertThat(totals.get(Bucket.OVER_90)).isEqualByComparingTo("605.32");
    assertThat(AgedBalance.sum(totals)).isEqualByComparingTo("1940.18");
  }

  private static OpenItem item(long id, long organisationId, String organisation, String dueDate, String outstanding) {
    LocalDate due = LocalDate.parse(dueDate);
    BigDecimal amount = new BigDecimal(outstanding);
    return new OpenItem(id, "2032-0000" + id, organisationId, organisation, "0212135733", due.minusDays(30), due, amount,
        BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), amount);
  }
}
