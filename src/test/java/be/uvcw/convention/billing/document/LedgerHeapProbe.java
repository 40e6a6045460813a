package be.uvcw.convention.billing.document;

import be.uvcw.convention.billing.document.InvoiceDocument.Kind;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Run in its own small-heap JVM by {@link LedgerWriterTest}: streams {@code rows} generated rows
 * (every tenth a credit note) into the ledger file given as first argument.
 */
public final class LedgerHeapProbe {

  private LedgerHeapProbe() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    long start = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(file)) {
      new LedgerWriter().write("Journal des factures — année 2026", rows(rows), out);
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.println("written in " + (System.nanoTime() - start) / 1_000_000 + " ms; heap used after writing: " + (runtime.totalMemory() - runtime.freeMemory()) / 1024 / 1024
        + " MiB of max " + runtime.maxMemory() / 1024 / 1024 + " MiB");
  }

  static Stream<LedgerRow> rows(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(LedgerHeapProbe::row);
  }

  /** Row i: six months at 82.00 (492.00 + 103.32), every tenth a credit note of one month (-82.00 - 17.22). */
  static LedgerRow row(int i) {
    boolean credit = i % 10 == 0;
    return new LedgerRow(
        credit ? String.format("NC-2026-%05d", i / 10) : String.format("2026-%05d", i),
        credit ? Kind.CREDIT_NOTE : Kind.INVOICE,
        LocalDate.of(2026, 7, 1),
        "Administration communale n° " + i,
        String.format("%08d%02d", 2_000_000 + i, 97 - (2_000_000 + i) % 97),
        LocalDate.of(2026, credit ? 12 : 7, 1),
        LocalDate.of(2026, 12, 31),
        credit ? 1 : 6,
        new BigDecimal(credit ? "-82.00" : "492.00"),
        new BigDecimal(credit ? "-17.22" : "103.32"),
        new BigDecimal(credit ? "-99.22" : "595.32"),
        String.format("+++%03d/%04d/%05d+++", i % 1000, i % 10000, i % 100000),
        "Émise");
  }
}
