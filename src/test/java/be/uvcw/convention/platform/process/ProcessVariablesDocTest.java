package be.uvcw.convention.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/process-variables.md is generated from the {@link ProcessContract} classes and may not drift from them. */
class ProcessVariablesDocTest {

  static final Path DOC = Path.of("docs/process-variables.md");
  static final String REGENERATE = "UPDATE_PROCESS_VARIABLES_DOC=true ./mvnw -o test -Dtest=ProcessVariablesDocTest";

  @Test
  void theListOfProcessVariablesIsTheOneTheContractsDeclare() throws Exception {
    String generated = render(ProcessContracts.byProcess());
    if ("true".equals(System.getenv("UPDATE_PROCESS_VARIABLES_DOC"))) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    String current = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    assertThat(current).as(DOC + " is stale; regenerate it with: " + REGENERATE).isEqualTo(generated);
  }

  static String render(Map<String, Map<String, ProcessContracts.Declared>> byProcess) {
    StringBuilder doc = new StringBuilder()
        .append("# Process variables\n\n")
        .append("Generated from the `@ProcessContract` classes by `ProcessVariablesDocTest`: do not edit by hand; regenerate with\n")
        .append("`").append(REGENERATE).append("`.\n\n")
        .append("Each variable is declared once, as a `ProcessVariable` constant of the contract class named in the last column;\n")
        .append("delegates, listeners, controllers and tests read and write it through that constant, and `ProcessContractTest`\n")
        .append("checks that every variable named in `processes/*.bpmn` and `forms/*.form` is listed here for its process.\n")
        .append("Stored forms: dates as ISO text (`2026-07-01`), amounts as plain decimal text (`84.38`), ids as Long.\n\n")
        .append("Processes: ")
        .append(byProcess.keySet().stream().map(p -> "[" + p + "](#" + p + ")").collect(Collectors.joining(", ")))
        .append(".\n");
    byProcess.forEach((process, variables) -> {
      doc.append("\n## ").append(process).append("\n\n")
          .append("| Variable | Stored as | Meaning | Declared in |\n")
          .append("| --- | --- | --- | --- |\n");
      variables.values().forEach(d -> doc.append("| `").append(d.variable().name()).append("` | ")
          .append(d.variable().type()).append(" | ").append(d.variable().description().replace("|", "\\|")).append(" | `")
          .append(d.contract().getSimpleName()).append(".").append(d.field()).append("` |\n"));
    });
    return doc.toString();
  }
}
