package be.uvcw.convention.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The look of the application's xlsx files (ledgers, receivables): title, header, dates, amounts in
 * euros, totals. Styles are workbook-wide objects: create one XlsxStyles per workbook, never per cell.
 */
public final class XlsxStyles {

  public final CellStyle title;
  public final CellStyle header;
  public final CellStyle date;
  public final CellStyle amount;
  public final CellStyle totalText;
  public final CellStyle totalAmount;

  public XlsxStyles(SXSSFWorkbook workbook) {
    short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
    short amountFormat = workbook.createDataFormat().getFormat("#,##0.00 \"€\";-#,##0.00 \"€\"");
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 14);
    Font white = workbook.createFont();
    white.setBold(true);
    white.setColor(IndexedColors.WHITE.getIndex());

    title = workbook.createCellStyle();
    title.setFont(titleFont);
    header = workbook.createCellStyle();
    header.setFont(white);
    header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    date = workbook.createCellStyle();
    date.setDataFormat(dateFormat);
    amount = workbook.createCellStyle();
    amount.setDataFormat(amountFormat);
    totalText = workbook.createCellStyle();
    totalText.setFont(bold);
    totalText.setBorderTop(BorderStyle.THIN);
    totalAmount = workbook.createCellStyle();
    totalAmount.setFont(bold);
    totalAmount.setBorderTop(BorderStyle.THIN);
    totalAmount.setDataFormat(amountFormat);
  }

  public static void text(Row row, int column, String value, CellStyle style) {
    if (value == null && style == null) {
      return;
    }
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  public static void date(Row row, int column, LocalDate value, CellStyle style) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  public static void amount(Row row, int column, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(style);
  }
}
