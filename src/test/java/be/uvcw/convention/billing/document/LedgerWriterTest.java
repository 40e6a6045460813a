package be.uvcw.convention.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LedgerWriterTest {

  private static final Logger log = LoggerFactory.getLogger(LedgerWriterTest.class);
  private final LedgerWriter writer = new LedgerWriter();

  @Test
  void oneRowPerDocumentWithRealDatesAndAmountsAndANetTotal() throws Exception {
    List<LedgerRow> rows = List.of(
        LedgerRow.of(SampleDocuments.fullPrice(), "Émise"),
        LedgerRow.of(SampleDocuments.withReduction(), "Payée"),
        LedgerRow.of(SampleDocuments.creditNote(), "Émise"));

    byte[] xlsx = writer.write("Journal de la facturation du 01/07/2026", rows);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Journal de la facturation du 01/07/2026");
      Row header = sheet.getRow(LedgerWriter.HEADER_ROW);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Numéro");
      assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Montant HTVA");
      assertThat(header.getCell(12).getStringCellValue()).isEqualTo("État");

      Row invoice = sheet.getRow(LedgerWriter.HEADER_ROW + 1);
      assertThat(invoice.getCell(0).getStringCellValue()).isEqualTo("2026-00001");
      assertThat(invoice.getCell(1).getStringCellValue()).isEqualTo("Facture");
      Cell issued = invoice.getCell(2);
      assertThat(issued.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(issued)).isTrue();
      assertThat(issued.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 1));
      assertThat(invoice.getCell(3).getStringCellValue()).isEqualTo("Administration communale de Gesves");
      assertThat(invoice.getCell(4).getStringCellValue()).isEqualTo("0216.689.981");
      assertThat(invoice.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(invoice.getCell(7).getNumericCellValue()).isEqualTo(6);
      Cell exclVat = invoice.getCell(8);
      assertThat(exclVat.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(exclVat.getNumericCellValue()).isEqualTo(492.00);
      assertThat(exclVat.getCellStyle().getDataFormatString()).contains("#,##0.00");
      assertThat(invoice.getCell(10).getNumericCellValue()).isEqualTo(595.32);
      assertThat(invoice.getCell(11).getStringCellValue()).isEqualTo("+++010/8068/17183+++");
      assertThat(invoice.getCell(12).getStringCellValue()).isEqualTo("Émise");

      Row credit = sheet.getRow(LedgerWriter.HEADER_ROW + 3);
      assertThat(credit.getCell(1).getStringCellValue()).isEqualTo("Note de crédit");
      assertThat(credit.getCell(8).getNumericCellValue()).isEqualTo(-164.00);
      assertThat(credit.getCell(10).getNumericCellValue()).isEqualTo(-198.44);

      Row totals = sheet.getRow(LedgerWriter.HEADER_ROW + 4);
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("3 documents");
      assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(6 + 6 + 2);
      assertThat(totals.getCell(8).getNumericCellValue()).isEqualTo(492.00 + 287.00 - 164.00, org.assertj.core.data.Offset.offset(0.001));
      assertThat(totals.getCell(10).getNumericCellValue()).isEqualTo(595.32 + 347.27 - 198.44, org.assertj.core.data.Offset.offset(0.001));
      assertThat(sheet.getLastRowNum()).isEqualTo(LedgerWriter.HEADER_ROW + 4);
    }
  }

  @Test
  void anEmptyRunStillGivesHeadersAndAZeroTotal() throws Exception {
    byte[] xlsx = writer.write("Journal vide", List.of());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row totals = workbook.getSheetAt(0).getRow(LedgerWriter.HEADER_ROW + 1);
      assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("0 document");
      assertThat(totals.getCell(10).getNumericCellValue()).isZero();
    }
  }

  @Test
  void tenThousandRowsFitInA64MiBHeapAndReadBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("journal-2026.xlsx");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process probe = new ProcessBuilder(java, "-Xmx64m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        LedgerHeapProbe.class.getName(), file.toString(), "10000")
        .redirectErrorStream(true).start();
    long start = System.nanoTime();
    boolean finished = probe.waitFor(5, TimeUnit.MINUTES);
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    log.info("Ledger of 10,000 rows in a 64 MiB JVM: {} ms (JVM start included), {} KiB; {}",
        (System.nanoTime() - start) / 1_000_000, Files.size(file) / 1024, output.trim());
    assertThat(finished).as("probe finished").isTrue();
    assertThat(probe.exitValue()).as(output).isZero();
    // The streamed sheet's temporary files are gone once the workbook is written.
    try (Stream<Path> left = Files.walk(tmp)) {
      assertThat(left.filter(Files::isRegularFile).map(Path::toString)).isEmpty();
    }

    try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
      Sheet sheet = workbook.getSheetAt(0);
      int first = LedgerWriter.HEADER_ROW + 1;
      assertThat(sheet.getLastRowNum()).isEqualTo(first + 10_000);
      assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("2026-00001");
      assertThat(sheet.getRow(first + 9_999).getCell(0).getStringCellValue()).isEqualTo("NC-2026-01000");
      assertThat(sheet.getRow(first + 4_998).getCell(10).getNumericCellValue()).isEqualTo(595.32);
      Row totals = sheet.getRow(first + 10_000);
      assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("10000 documents");
      // 9,000 invoices of 595.32 and 1,000 credit notes of -99.22
      assertThat(totals.getCell(10).getNumericCellValue()).isEqualTo(9_000 * 595.32 - 1_000 * 99.22, org.assertj.core.data.Offset.offset(0.001));
      assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(9_000 * 6 + 1_000);
    }
    assertThat(new File(file.toString())).exists();
  }

  @Test
  void logsTheTimeForTenThousandRowsInProcess() {
    for (int round = 0; round < 2; round++) {
      long start = System.nanoTime();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      writer.write("Journal des factures — année 2026", LedgerHeapProbe.rows(10_000), out);
      log.info("Ledger, in process (round {}): 10,000 rows in {} ms, {} KiB", round + 1,
          (System.nanoTime() - start) / 1_000_000, out.size() / 1024);
      assertThat(out.size()).isPositive();
    }
  }
}
