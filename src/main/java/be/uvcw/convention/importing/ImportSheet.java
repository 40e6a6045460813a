package be.uvcw.convention.importing;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the import sheet (first sheet, header row 1, streamed) and writes the blank template. Apache POI. */
public final class ImportSheet {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ImportSheet() {}

  /**
   * Documented maximum of data rows in one import (docs/lifecycle.md): Wallonia has 262 communes and
   * as many CPAS, so a larger sheet is a mistake. A larger sheet is refused before any row is read.
   */
  public static final int MAX_ROWS = 2_000;

  /**
   * Streams the first sheet (SAX, never the whole workbook in memory): a first pass counts the rows
   * and refuses a sheet over {@link #MAX_ROWS} within seconds; the second reads the cells.
   */
  public static List<RawRow> read(InputStream xlsx) {
    try (OPCPackage pkg = OPCPackage.open(xlsx)) {
      XSSFReader reader = new XSSFReader(pkg);
      countRows(reader);
      SheetRows rows = new SheetRows();
      var styles = reader.getStylesTable();
      var strings = new ReadOnlySharedStringsTable(pkg, false);
      try (InputStream sheet = firstSheet(reader)) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
        parser.parse(new InputSource(sheet));
      }
      return rows.result();
    } catch (Refusal e) {
      throw e;
    } catch (Exception e) {
      throw new BadInput("Le fichier n'est pas un classeur Excel (.xlsx) lisible.", e);
    }
  }

  private static InputStream firstSheet(XSSFReader reader) throws Exception {
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      throw new BadInput("Le classeur ne contient aucune feuille.");
    }
    return sheets.next();
  }

  /** Counts <row> elements without reading a cell; stops at the first row over the maximum. */
  private static void countRows(XSSFReader reader) throws Exception {
    try (InputStream sheet = firstSheet(reader)) {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(new DefaultHandler() {
        private int rows;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
          if ("row".equals(localName) && ++rows > MAX_ROWS + 1) {
            throw new BadInput("Le classeur compte plus de " + MAX_ROWS
                + " lignes de conventions : c'est plus que le maximum d'un import. Découpez-le en plusieurs fichiers.");
          }
        }
      });
      parser.parse(new InputSource(sheet));
    }
  }

  /** Row 1 names the columns; each later row becomes a RawRow (blank rows skipped). */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Map<String, ImportColumn> byHeader = new HashMap<>();
    private final Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
    private final Map<Integer, String> cells = new HashMap<>();
    private final List<RawRow> rows = new ArrayList<>();
    private boolean headerSeen;
    private int headerRow = -1;

    SheetRows() {
      for (ImportColumn column : ImportColumn.values()) {
        byHeader.put(normalise(column.header()), column);
      }
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      cells.put(new CellReference(reference).getCol() & 0xFFFF, formattedValue);
    }

    @Override
    public void endRow(int rowNum) {
      if (!headerSeen) {
        headerSeen = true;
        headerRow = rowNum;
        cells.forEach((index, text) -> {
          ImportColumn column = byHeader.get(normalise(text));
          if (column != null) {
            positions.put(column, index);
          }
        });
        requireColumns();
        return;
      }
      Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
      positions.forEach((column, index) -> values.put(column, cells.get(index)));
      RawRow raw = new RawRow(rowNum + 1, values);
      if (!raw.isBlank()) {
        rows.add(raw);
      }
    }

    private void requireColumns() {
      List<String> missing = new ArrayList<>();
      for (ImportColumn column : ImportColumn.values()) {
        if (!positions.containsKey(column)) {
          missing.add("« " + column.header() + " »");
        }
      }
      if (!missing.isEmpty()) {
        throw new BadInput("Colonnes manquantes en ligne " + (headerRow + 1) + " : " + String.join(", ", missing)
            + ". Utilisez le modèle GET /api/conventions/import/template.xlsx.");
      }
    }

    List<RawRow> result() {
      if (!headerSeen) {
        throw new BadInput("La feuille est vide : la ligne 1 doit contenir les en-têtes des colonnes.");
      }
      return rows;
    }
  }

  /** Dates typed as Excel dates become ISO text, so that every path validates the same text. */
  private static final class IsoDates extends DataFormatter {
    IsoDates() {
      super(java.util.Locale.FRENCH);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
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
