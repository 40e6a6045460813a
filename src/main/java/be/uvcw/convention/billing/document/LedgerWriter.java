package be.uvcw.convention.billing.document;

import static be.uvcw.convention.billing.document.XlsxStyles.amount;
import static be.uvcw.convention.billing.document.XlsxStyles.date;
import static be.uvcw.convention.billing.document.XlsxStyles.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The xlsx ledger of a billing run or of a year: one row per invoice or credit note, then a totals
 * row. Written with POI's streaming workbook: only a window of rows stays in memory, the rest goes
 * to a compressed temporary file that is deleted when the workbook is done, so 10,000 rows cost
 * about what 100 do. Dates and amounts are real date and number cells with French formats.
 */
@Component
public class LedgerWriter {

  static final String[] HEADERS = {
      "Numéro", "Type", "Date d'émission", "Organisation", "N° d'entreprise", "Période du", "Période au",
      "Mois", "Montant HTVA", "TVA", "Montant TVAC", "Communication structurée", "État", "Payé", "Solde dû"};
  private static final int[] WIDTHS = {14, 15, 15, 44, 16, 12, 12, 7, 15, 13, 15, 26, 20, 15, 15};
  private static final int ROWS_IN_MEMORY = 200;
  /** Title, blank line, then the header row. */
  static final int HEADER_ROW = 2;

  public byte[] write(String title, Iterable<LedgerRow> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(title, rows, out);
    return out.toByteArray();
  }

  public void write(String title, Stream<LedgerRow> rows, OutputStream out) {
    write(title, (Iterable<LedgerRow>) rows::iterator, out);
  }

  public void write(String title, Iterable<LedgerRow> rows, OutputStream out) {
    // close() deletes the temporary sheet file (POI 5.3+; dispose() is deprecated).
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      XlsxStyles styles = new XlsxStyles(workbook);
      SXSSFSheet sheet = workbook.createSheet("Journal");
      for (int column = 0; column < WIDTHS.length; column++) {
        sheet.setColumnWidth(column, WIDTHS[column] * 256);
      }
      Cell titleCell = sheet.createRow(0).createCell(0);
      titleCell.setCellValue(title);
      titleCell.setCellStyle(styles.title);
      Row header = sheet.createRow(HEADER_ROW);
      for (int column = 0; column < HEADERS.length; column++) {
        Cell cell = header.createCell(column);
        cell.setCellValue(HEADERS[column]);
        cell.setCellStyle(styles.header);
      }
      sheet.createFreezePane(0, HEADER_ROW + 1);

      int rowIndex = HEADER_ROW + 1;
      int count = 0;
      long months = 0;
      BigDecimal exclVat = BigDecimal.ZERO;
      BigDecimal vat = BigDecimal.ZERO;
      BigDecimal inclVat = BigDecimal.ZERO;
      BigDecimal paid = BigDecimal.ZERO;
      BigDecimal outstanding = BigDecimal.ZERO;
      boolean withPayments = false;
      for (Iterator<LedgerRow> it = rows.iterator(); it.hasNext(); ) {
        LedgerRow entry = it.next();
        Row row = sheet.createRow(rowIndex++);
        text(row, 0, entry.number(), null);
        text(row, 1, entry.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "Note de crédit" : "Facture", null);
        date(row, 2, entry.issueDate(), styles.date);
        text(row, 3, entry.organisation(), null);
        text(row, 4, IdentifierFormats.enterpriseNumber(entry.enterpriseNumber()), null);
        date(row, 5, entry.periodStart(), styles.date);
        date(row, 6, entry.periodEnd(), styles.date);
        row.createCell(7).setCellValue(entry.months());
        amount(row, 8, entry.totalExclVat(), styles.amount);
        amount(row, 9, entry.vatAmount(), styles.amount);
        amount(row, 10, entry.totalInclVat(), styles.amount);
        text(row, 11, entry.structuredCommunication(), null);
        text(row, 12, entry.state(), null);
        if (entry.paid() != null) {
          amount(row, 13, entry.paid(), styles.amount);
          amount(row, 14, entry.outstanding(), styles.amount);
          paid = paid.add(entry.paid());
          outstanding = outstanding.add(entry.outstanding());
          withPayments = true;
        }
        count++;
        months += entry.months();
        exclVat = exclVat.add(entry.totalExclVat());
        vat = vat.add(entry.vatAmount());
        inclVat = inclVat.add(entry.totalInclVat());
      }
      int lastDataRow = rowIndex - 1;
      // Values, not SUM formulas: a streamed sheet cannot cache formula results, and readers
      // that do not recalculate (and our own tests) would see nothing.
      Row totals = sheet.createRow(rowIndex);
      text(totals, 0, "Total", styles.totalText);
      text(totals, 1, count + (count > 1 ? " documents" : " document"), styles.totalText);
      Cell monthsCell = totals.createCell(7);
      monthsCell.setCellValue(months);
      monthsCell.setCellStyle(styles.totalText);
      amount(totals, 8, exclVat, styles.totalAmount);
      amount(totals, 9, vat, styles.totalAmount);
      amount(totals, 10, inclVat, styles.totalAmount);
      if (withPayments) {
        amount(totals, 13, paid, styles.totalAmount);
        amount(totals, 14, outstanding, styles.totalAmount);
      }
      if (lastDataRow > HEADER_ROW) {
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastDataRow, 0, HEADERS.length - 1));
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Journal xlsx impossible à écrire", e);
    }
  }
}
