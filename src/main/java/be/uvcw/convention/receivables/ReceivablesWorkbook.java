package be.uvcw.convention.receivables;

import static be.uvcw.convention.billing.document.XlsxStyles.amount;
import static be.uvcw.convention.billing.document.XlsxStyles.date;
import static be.uvcw.convention.billing.document.XlsxStyles.text;

import be.uvcw.convention.billing.document.XlsxStyles;
import be.uvcw.convention.platform.french.FrenchText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The receivables workbook for finance: sheet « Postes ouverts » (one row per open invoice) and
 * sheet « Balance âgée » (one row per organisation, then the totals). Streamed (SXSSF) like the
 * ledgers: only a window of rows stays in memory. Dates and amounts are real date and number cells.
 */
@Component
public class ReceivablesWorkbook {

  static final String[] OPEN_ITEM_HEADERS = {"Facture", "Organisation", "N° d'entreprise", "Date d'émission", "Échéance",
      "Total TVAC", "Payé", "Crédité", "Reste dû", "Jours de retard"};
  private static final int[] OPEN_ITEM_WIDTHS = {14, 44, 16, 15, 12, 14, 14, 14, 14, 10};
  private static final int ROWS_IN_MEMORY = 200;

  public void write(List<OpenItem> items, List<AgedBalance.Line> aged, LocalDate asOf, OutputStream out) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      XlsxStyles styles = new XlsxStyles(workbook);
      openItems(workbook.createSheet("Postes ouverts"), styles, items, asOf);
      agedBalance(workbook.createSheet("Balance âgée"), styles, aged, asOf);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Créances xlsx impossibles à écrire", e);
    }
  }

  private static void openItems(SXSSFSheet sheet, XlsxStyles styles, List<OpenItem> items, LocalDate asOf) {
    header(sheet, styles, "Postes ouverts au " + FrenchText.shortDate(asOf), OPEN_ITEM_HEADERS, OPEN_ITEM_WIDTHS);
    int rowIndex = 3;
    BigDecimal outstanding = BigDecimal.ZERO;
    for (OpenItem item : items) {
      Row row = sheet.createRow(rowIndex++);
      row.createCell(0).setCellValue(item.number());
      row.createCell(1).setCellValue(item.organisation());
      row.createCell(2).setCellValue(item.enterpriseNumber());
      date(row, 3, item.issueDate(), styles.date);
      date(row, 4, item.dueDate(), styles.date);
      amount(row, 5, item.total(), styles.amount);
      amount(row, 6, item.paid(), styles.amount);
      amount(row, 7, item.credited(), styles.amount);
      amount(row, 8, item.outstanding(), styles.amount);
      row.createCell(9).setCellValue(Math.max(0, item.daysOverdue(asOf)));
      outstanding = outstanding.add(item.outstanding());
    }
    if (rowIndex > 3) {
      sheet.setAutoFilter(new CellRangeAddress(2, rowIndex - 1, 0, OPEN_ITEM_HEADERS.length - 1));
    }
    Row total = sheet.createRow(rowIndex);
    text(total, 0, "Total", styles.totalText);
    text(total, 1, items.size() + (items.size() > 1 ? " factures" : " facture"), styles.totalText);
    amount(total, 8, outstanding, styles.totalAmount);
  }

  private static void agedBalance(SXSSFSheet sheet, XlsxStyles styles, List<AgedBalance.Line> lines, LocalDate asOf) {
    AgedBalance.Bucket[] buckets = AgedBalance.Bucket.values();
    String[] headers = new String[4 + buckets.length];
    headers[0] = "Organisation";
    headers[1] = "N° d'entreprise";
    headers[2] = "Factures";
    for (int i = 0; i < buckets.length; i++) {
      headers[3 + i] = buckets[i].label();
    }
    headers[headers.length - 1] = "Total dû";
    int[] widths = {44, 16, 9, 14, 14, 14, 14, 14, 14};
    header(sheet, styles, "Balance âgée au " + FrenchText.shortDate(asOf) + " (jours après l'échéance)", headers, widths);
    int rowIndex = 3;
    for (AgedBalance.Line line : lines) {
      Row row = sheet.createRow(rowIndex++);
      row.createCell(0).setCellValue(line.organisation());
      row.createCell(1).setCellValue(line.enterpriseNumber());
      row.createCell(2).setCellValue(line.invoiceCount());
      for (int i = 0; i < buckets.length; i++) {
        amount(row, 3 + i, line.in(buckets[i]), styles.amount);
      }
      amount(row, headers.length - 1, line.total(), styles.amount);
    }
    Map<AgedBalance.Bucket, BigDecimal> totals = AgedBalance.totals(lines);
    Row total = sheet.createRow(rowIndex);
    text(total, 0, "Total", styles.totalText);
    for (int i = 0; i < buckets.length; i++) {
      amount(total, 3 + i, totals.get(buckets[i]), styles.totalAmount);
    }
    amount(total, headers.length - 1, AgedBalance.sum(totals), styles.totalAmount);
  }

  private static void header(SXSSFSheet sheet, XlsxStyles styles, String title, String[] headers, int[] widths) {
    for (int column = 0; column < widths.length; column++) {
      sheet.setColumnWidth(column, widths[column] * 256);
    }
    text(sheet.createRow(0), 0, title, styles.title);
    Row header = sheet.createRow(2);
    for (int column = 0; column < headers.length; column++) {
      text(header, column, headers[column], styles.header);
    }
    sheet.createFreezePane(0, 3);
  }
}
