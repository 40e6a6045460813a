package be.uvcw.convention.billing.document;

import be.uvcw.convention.billing.document.InvoiceDocument.Kind;
import be.uvcw.convention.billing.document.InvoiceDocument.Line;
import be.uvcw.convention.billing.document.InvoiceDocument.Party;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Invoices and credit notes as the invoicing service would hand them over, amounts computed as DOMAIN.md says. */
final class SampleDocuments {

  static final Party UNION = new SupplierSettings("Union des Villes et Communes de Wallonie asbl", "Rue de l'Étoile 14",
      "5000", "Namur", "0207722926", "facturation@uvcw.be", "BE09 0910 1158 4657", "GKCCBEBB").party();
  static final Party COMMUNE = new Party("Administration communale de Gesves", "Chaussée de Gramptinne 112", "5340",
      "Gesves", "0216689981", "finances@gesves.be");
  static final Party CPAS = new Party("CPAS d'Éghezée", "Route de Gembloux 43", "5310", "Éghezée", "0212209373",
      "comptabilite@cpas-eghezee.be");
  static final BigDecimal VAT_RATE = new BigDecimal("21");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.FRENCH);

  private SampleDocuments() {}

  /** A commune, July–December 2026 at 82.00: 492.00 + 103.32 VAT = 595.32. */
  static InvoiceDocument fullPrice() {
    return invoice("2026-00001", "0108068171", COMMUNE, LocalDate.of(2026, 7, 1), lines(2026, 7, 6, "82.00", 0));
  }

  /** A CPAS whose commune comes in force on 1 August: July at full price, then five months at 50 %. */
  static InvoiceDocument withReduction() {
    List<Line> lines = new ArrayList<>(lines(2026, 7, 1, "82.00", 0));
    lines.addAll(lines(2026, 8, 5, "82.00", 50));
    return invoice("2026-00002", "0000000002", CPAS, LocalDate.of(2026, 7, 1), lines);
  }

  /** A commune, January–June 2027, the indexed fee 83.65 applying from 1 April. */
  static InvoiceDocument feeChangeMidway() {
    List<Line> lines = new ArrayList<>(lines(2027, 1, 3, "82.00", 0));
    lines.addAll(lines(2027, 4, 3, "83.65", 0));
    return invoice("2027-00001", "0270000001", COMMUNE, LocalDate.of(2027, 1, 1), lines);
  }

  /** A CPAS at 50 % of an odd fee: 41.825 rounds to 41.83, the allowance is 41.82. */
  static InvoiceDocument oddFeeWithReduction() {
    return invoice("2027-00002", "0270000002", CPAS, LocalDate.of(2027, 1, 1), lines(2027, 4, 3, "83.65", 50));
  }

  /** Credits November and December 2026 of {@link #fullPrice()}: 164.00 + 34.44 = 198.44. */
  static InvoiceDocument creditNote() {
    InvoiceDocument credited = fullPrice();
    List<Line> lines = lines(2026, 11, 2, "82.00", 0);
    return document(Kind.CREDIT_NOTE, "NC-2026-00001", "0260000001", COMMUNE, LocalDate.of(2026, 10, 20), lines,
        credited.number(), credited.issueDate());
  }

  /** A supplementary invoice to {@link #withReduction()}: November and December 2026 now owed at 100 %, 2 × 41.00 more. */
  static InvoiceDocument supplementary() {
    InvoiceDocument completed = withReduction();
    return document(Kind.INVOICE, "2026-00010", "0260000010", CPAS, LocalDate.of(2026, 10, 20), lines(2026, 11, 2, "82.00", 50),
        completed.number(), completed.issueDate());
  }

  static InvoiceDocument invoice(String number, String tenDigits, Party customer, LocalDate issueDate, List<Line> lines) {
    return document(Kind.INVOICE, number, tenDigits, customer, issueDate, lines, null, null);
  }

  static InvoiceDocument document(Kind kind, String number, String tenDigits, Party customer, LocalDate issueDate,
      List<Line> lines, String creditedNumber, LocalDate creditedDate) {
    BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal vat = total.multiply(VAT_RATE).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    LocalDate start = lines.get(0).month();
    LocalDate end = YearMonth.from(lines.get(lines.size() - 1).month()).atEndOfMonth();
    return new InvoiceDocument(kind, number, issueDate, kind == Kind.INVOICE ? issueDate.plusDays(30) : null,
        start, end, UNION, customer, lines, total, VAT_RATE, vat, total.add(vat), structuredCommunication(tenDigits),
        "BE09091011584657", "GKCCBEBB", creditedNumber, creditedDate, "CONV-" + tenDigits.substring(4));
  }

  static List<Line> lines(int year, int firstMonth, int count, String fee, int reductionPercent) {
    List<Line> lines = new ArrayList<>();
    BigDecimal unitPrice = new BigDecimal(fee);
    for (int i = 0; i < count; i++) {
      LocalDate month = LocalDate.of(year, firstMonth, 1).plusMonths(i);
      BigDecimal amount = unitPrice.multiply(BigDecimal.valueOf(100 - reductionPercent))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      lines.add(new Line("Accès au Serveur CommunesPlone — " + MONTH.format(month), month, unitPrice, reductionPercent, amount));
    }
    return lines;
  }

  /** +++ddd/dddd/dddcc+++ with cc = the ten digits mod 97 (97 for 0). */
  static String structuredCommunication(String tenDigits) {
    long check = Long.parseLong(tenDigits) % 97;
    String all = tenDigits + String.format("%02d", check == 0 ? 97 : check);
    return "+++" + all.substring(0, 3) + "/" + all.substring(3, 7) + "/" + all.substring(7) + "+++";
  }

  /** What {@link #time} measured: the mean time and size of one document. */
  record Timing(double nanosPerDocument, long bytesPerDocument) {}

  /** Writes {@link #withReduction()} {@code warmUp} times, then {@code count} times while timing it. */
  static Timing time(Function<InvoiceDocument, byte[]> writer, int warmUp, int count) {
    InvoiceDocument document = withReduction();
    for (int i = 0; i < warmUp; i++) {
      writer.apply(document);
    }
    long start = System.nanoTime();
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      bytes += writer.apply(document).length;
    }
    return new Timing((System.nanoTime() - start) / (double) count, bytes / count);
  }
}
