package be.uvcw.convention.importing;

import be.uvcw.convention.lifecycle.LifecycleException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the import sheet (first sheet, header row 1) and writes the blank template. Apache POI. */
public final class ImportSheet {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.FRENCH);

  private ImportSheet() {}

  public static List<RawRow> read(InputStream xlsx) {
    try (Workbook workbook = new XSSFWorkbook(xlsx)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(sheet.getFirstRowNum());
      if (header == null) {
        throw new LifecycleException.BadInput("La feuille est vide : la ligne 1 doit contenir les en-têtes des colonnes.");
      }
      Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
      Map<String, ImportColumn> byHeader = new HashMap<>();
      for (ImportColumn column : ImportColumn.values()) {
        byHeader.put(normalise(column.header()), column);
      }
      for (Cell cell : header) {
        ImportColumn column = byHeader.get(normalise(FORMATTER.formatCellValue(cell)));
        if (column != null) {
          positions.put(column, cell.getColumnIndex());
        }
      }
      List<String> missing = new ArrayList<>();
      for (ImportColumn column : ImportColumn.values()) {
        if (!positions.containsKey(column)) {
          missing.add("« " + column.header() + " »");
        }
      }
      if (!missing.isEmpty()) {
        throw new LifecycleException.BadInput("Colonnes manquantes en ligne 1 : " + String.join(", ", missing)
            + ". Utilisez le modèle GET /api/conventions/import/template.xlsx.");
      }
      List<RawRow> rows = new ArrayList<>();
      for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        positions.forEach((column, index) -> values.put(column, text(row.getCell(index))));
        RawRow raw = new RawRow(r + 1, values);
        if (!raw.isBlank()) {
          rows.add(raw);
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof LifecycleException le) {
        throw le;
      }
      throw new LifecycleException.BadInput("Le fichier n'est pas un classeur Excel (.xlsx) lisible : " + e.getMessage());
    }
  }

  /** Dates typed as Excel dates become ISO text, so that every path validates the same text. */
  private static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDate date = cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
    return FORMATTER.formatCellValue(cell);
  }

  private static String normalise(String header) {
    return header == null ? "" : header.trim().toLowerCase().replace('’', '\'');
  }

  /** Header row with the documented columns, a help row in a second sheet, all cells as text. */
  public static byte[] template() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Conventions");
      Sheet help = workbook.createSheet("Colonnes");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      Row header = sheet.createRow(0);
      Row helpHeader = help.createRow(0);
      helpHeader.createCell(0).setCellValue("Colonne");
      helpHeader.createCell(1).setCellValue("Contenu attendu");
      helpHeader.getCell(0).setCellStyle(bold);
      helpHeader.getCell(1).setCellStyle(bold);
      int i = 0;
      for (ImportColumn column : ImportColumn.values()) {
        Cell cell = header.createCell(i);
        cell.setCellValue(column.header());
        cell.setCellStyle(bold);
        sheet.setDefaultColumnStyle(i, text);
        sheet.setColumnWidth(i, 24 * 256);
        Row helpRow = help.createRow(i + 1);
        helpRow.createCell(0).setCellValue(column.header());
        helpRow.createCell(1).setCellValue(column.help());
        i++;
      }
      help.setColumnWidth(0, 28 * 256);
      help.setColumnWidth(1, 90 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Template could not be written", e);
    }
  }
}
