package be.uvcw.convention.importing.web;

import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.importing.ConventionImportService;
import be.uvcw.convention.importing.ImportColumn;
import be.uvcw.convention.importing.ImportReport;
import be.uvcw.convention.importing.ImportSheet;
import be.uvcw.convention.importing.RawRow;
import be.uvcw.convention.error.BadInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of conventions signed before the application: an xlsx sheet (multipart field "file") or
 * JSON ({"rows": [{"type": ..., "tools": ["site-web"]}]}) through the same path. The answer lists
 * the conventions created, the rows already imported and the errors by row and column.
 */
@RestController
@RequestMapping("/api/conventions/import")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConventionImportController {

  private final ConventionImportService imports;
  private final CurrentUser currentUser;

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> importSheet(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    if (file == null || file.isEmpty()) {
      throw new BadInput("Joignez le classeur .xlsx dans le champ « file ».");
    }
    return answer(imports.importRows(ImportSheet.read(file.getInputStream())));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> importJson(@RequestBody JsonNode body) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    JsonNode rows = body.isArray() ? body : body.path("rows");
    if (!rows.isArray()) {
      throw new BadInput("Le corps JSON doit contenir un tableau « rows ».");
    }
    if (rows.size() > ImportSheet.MAX_ROWS) {
      throw new BadInput("L'import compte plus de " + ImportSheet.MAX_ROWS + " lignes : découpez-le en plusieurs envois.");
    }
    List<RawRow> raws = new ArrayList<>();
    int number = 1;
    for (JsonNode row : rows) {
      Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
      for (ImportColumn column : ImportColumn.values()) {
        JsonNode value = row.path(column.jsonName());
        if (value.isArray()) {
          values.put(column, StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(",")));
        } else if (!value.isMissingNode() && !value.isNull()) {
          values.put(column, value.asText());
        }
      }
      raws.add(new RawRow(number++, values));
    }
    return answer(imports.importRows(raws));
  }

  @GetMapping("/template.xlsx")
  ResponseEntity<byte[]> template() {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"modele-import-conventions.xlsx\"")
        .contentType(MediaType.parseMediaType(ImportSheet.CONTENT_TYPE))
        .body(ImportSheet.template());
  }

  private static Map<String, Object> answer(ImportReport report) {
    return Map.of("message", report.message(), "created", report.created(), "skipped", report.skipped(),
        "errors", report.errors().stream().map(e -> Map.of("row", e.row(), "column", e.column() == null ? "" : e.column(),
            "message", e.text())).toList());
  }
}
