package be.uvcw.convention.importing;

import java.util.EnumMap;
import java.util.Map;

/** One row as read from the sheet or the JSON body: text per column, and the row number people see. */
public record RawRow(int rowNumber, Map<ImportColumn, String> values) {

  public RawRow {
    values = new EnumMap<>(values.isEmpty() ? Map.of() : values);
  }

  public String get(ImportColumn column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value.trim();
  }

  public boolean isBlank() {
    return values.values().stream().allMatch(v -> v == null || v.isBlank());
  }
}
