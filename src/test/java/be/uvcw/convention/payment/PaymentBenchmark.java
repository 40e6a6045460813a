package be.uvcw.convention.payment;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.billing.BillingFixtures;
import be.uvcw.convention.billing.StructuredCommunication;
import be.uvcw.convention.payment.StatementFiles.Line;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test (its name does not end in Test, so `./mvnw verify` skips it): importing
 * and matching a statement of 10,000 credits against 10,000 open invoices, compared with a plain
 * parse of the same file, for camt.053.001.08 and CODA. Run it (docs/billing.md, "Payments"):
 *
 * <pre>
 * CONVENTION_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/test_payments_bench \
 *   ./mvnw -B test -Dtest=PaymentBenchmark -Dbenchmark.credits=10000
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaymentBenchmark {

  private static final LocalDate DAY = LocalDate.of(2030, 8, 20);
  private static final int ORGANISATIONS = 1000;

  @Autowired JdbcTemplate jdbc;
  @Autowired PaymentService payments;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  record Figures(String format, int credits, double parseSeconds, double importSeconds, int matched, int partly, int unmatched) {}

  @Test
  void run() {
    int credits = Integer.getInteger("benchmark.credits", 10_000);
    PaymentFixtures fixtures = new PaymentFixtures(jdbc, runtime, management);
    fixtures.clean();
    List<long[]> organisations = organisations(fixtures.billing);
    invoices(organisations, credits);
    List<Line> lines = lines(credits);

    // warm-up (JIT, JAXB context, pools): a tenth of the file, not measured
    measure("warm-up", () -> StatementFiles.camt08("WARM", DAY, lines.subList(0, credits / 10)), credits / 10);
    List<Figures> figures = new ArrayList<>();
    figures.add(measure("camt.053.001.08", () -> StatementFiles.camt08("BENCH-08", DAY, lines), credits));
    // a CODA statement numbers its movements on four digits: 9,999 at the most
    int coda = Math.min(credits, 9_999);
    figures.add(measure("CODA", () -> StatementFiles.coda(200, DAY, lines.subList(0, coda)), coda));

    StringBuilder report = new StringBuilder("\nPAYMENT BENCHMARK (cores: " + Runtime.getRuntime().availableProcessors() + ")\n");
    for (Figures f : figures) {
      report.append(String.format("%s, %d credits: plain parse %.2f s, import and matching %.2f s (%.1f x the parse),"
              + " %d matched, %d with a rest, %d to finance%n", f.format(), f.credits(), f.parseSeconds(), f.importSeconds(),
          f.importSeconds() / f.parseSeconds(), f.matched(), f.partly(), f.unmatched()));
    }
    System.out.println(report);
    fixtures.clean();
  }

  private Figures measure(String format, Supplier<byte[]> file, int count) {
    byte[] bytes = file.get();
    double[] parses = new double[3];
    for (int i = 0; i < parses.length; i++) {
      long start = System.nanoTime();
      assertThat(StatementReader.read(bytes).credits()).hasSize(count);
      parses[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(parses);
    cleanPayments();
    long start = System.nanoTime();
    PaymentService.ImportResult result = payments.importStatement(bytes, format, "benchmark");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(result.creditsAdded()).isEqualTo(count);
    cleanPayments();
    return new Figures(format, count, parses[1], seconds, result.matched(), result.partlyAllocated(), result.unmatched());
  }

  private void cleanPayments() {
    runtime.createProcessInstanceQuery().processDefinitionKey(PaymentMatchingProcess.KEY).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "benchmark", true, true));
    jdbc.update("delete from payment_allocation");
    jdbc.update("delete from bank_credit");
    jdbc.update("delete from bank_statement");
  }

  /** {organisation id, convention id} × 1,000. */
  private static List<long[]> organisations(BillingFixtures billing) {
    List<long[]> result = new ArrayList<>();
    for (int i = 0; i < ORGANISATIONS; i++) {
      long organisation = billing.organisation(billing.municipality(), "COMMUNE");
      result.add(new long[] {organisation, billing.convention(organisation, LocalDate.of(2030, 1, 1), null)});
    }
    return result;
  }

  /** Invoice n (1…N) of organisation n mod 1,000: 2030-0000n, 595.32, sent. */
  private void invoices(List<long[]> organisations, int count) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> rows = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      long[] org = organisations.get(n % ORGANISATIONS);
      rows.add(new Object[] {org[1], org[0], String.format("2030-%05d", n), n,
          StructuredCommunication.forDocument(2030, false, n).digits(), now});
    }
    jdbc.batchUpdate("insert into invoice (convention_id, organisation_id, state, billing_date, period_start, period_end,"
        + " total_excl_vat, vat_rate_percent, vat_amount, total_incl_vat, customer_name, customer_street, customer_postal_code,"
        + " customer_city, customer_enterprise_number, customer_email, created_at, number, number_year, number_sequence,"
        + " issue_date, due_date, structured_communication, issued_at, sent_at) values (?, ?, 'SENT', '2030-07-01', '2030-07-01',"
        + " '2030-12-31', 492.00, 21.00, 103.32, 595.32, 'Commune', 'Rue 1', '5000', 'Namur', '0000000097', 'f@example.be', ?,"
        + " ?, 2030, ?, '2030-07-01', '2030-07-31', ?, ?, ?)", rows.stream().map(r -> new Object[] {r[0], r[1], r[5], r[2], r[3],
        r[4], r[5], r[5]}).toList());
  }

  private static String iban(int organisation) {
    return String.format("BE%02d%012d", 10 + organisation % 80, organisation);
  }

  /**
   * The first 1,000 credits pay by structured communication (so every payer's account becomes
   * known); then, per hundred: 70 structured, 20 invoice numbers in free text, 9 amount from a
   * known account, 1 that no rule settles.
   */
  private static List<Line> lines(int count) {
    List<Line> lines = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      int organisation = n % ORGANISATIONS;
      String ref = String.format("BENCH%07d", n);
      int kind = n <= ORGANISATIONS ? 0 : n % 100;
      String structured = StructuredCommunication.forDocument(2030, false, n).digits();
      if (kind < 70) {
        lines.add(Line.credit(ref, DAY, "595.32", "Commune " + organisation, iban(organisation), structured, null));
      } else if (kind < 90) {
        lines.add(Line.credit(ref, DAY, "595.32", "Commune " + organisation, iban(organisation), null,
            String.format("Facture 2030/%d", n)));
      } else if (kind < 99) {
        lines.add(Line.credit(ref, DAY, "595.32", "Commune " + organisation, iban(organisation), null, "participation"));
      } else {
        lines.add(Line.credit(ref, DAY, "17.00", "Inconnu " + n, String.format("NL%02dINGB%010d", 10, n), null, "divers"));
      }
    }
    return lines;
  }

}
