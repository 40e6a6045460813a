package be.uvcw.convention.importing;

import java.util.ArrayList;
import java.util.List;

/** What an import did: conventions created, rows already imported (skipped), rows refused with their errors. */
public record ImportReport(List<Created> created, List<Skipped> skipped, List<ImportError> errors) {

  public record Created(int row, Long conventionId, Long organisationId, String organisation) {}

  public record Skipped(int row, Long conventionId, String message) {}

  public ImportReport() {
    this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }

  public String message() {
    return created.size() + " convention(s) importée(s), " + skipped.size() + " déjà présente(s), "
        + errors.stream().map(ImportError::row).distinct().count() + " ligne(s) en erreur.";
  }
}
