package be.uvcw.convention.worklist;

import java.time.YearMonth;
import java.util.Map;

/**
 * What a clerk reads in Tasklist and Cockpit: task names that carry the organisation, signature
 * tasks named after the signatory's real role, and business keys such as
 * « CPAS de Gembloux — adhésion 2026-12 ». Pure rules; {@link OrganisationLabelling} applies them.
 */
public final class WorkLabels {

  /** Between a task's or key's subject and the organisation: an em dash, as Tasklist shows it. */
  public static final String SEPARATOR = " — ";

  /** Short labels of organisation-scoped processes for business keys; others use their definition name. */
  static final Map<String, String> PROCESS_LABELS = Map.of(
      "onboarding", "adhésion",
      "convention-lifecycle", "convention",
      "tool-request", "demande d'Outil",
      "adaptation-request", "adaptation",
      "misuse-case", "usage abusif",
      "non-renewal-notice", "non-reconduction",
      "intrusion-report", "intrusion");

  private WorkLabels() {}

  /** « Vérifier la demande » for the CPAS de Gembloux: « Vérifier la demande — CPAS de Gembloux »; once only. */
  public static String taskName(String name, String organisationName) {
    if (blank(organisationName) || name == null || name.endsWith(SEPARATOR + organisationName)) {
      return name;
    }
    return name + SEPARATOR + organisationName;
  }

  /**
   * A signature task whose model names a generic signatory (« Signer la convention (premier
   * signataire) ») takes the real role: « Signer la convention (Bourgmestre) ».
   */
  public static String withRole(String name, String roleLabel) {
    if (blank(roleLabel) || name == null) {
      return name;
    }
    int open = name.lastIndexOf(" (");
    String subject = open > 0 && name.endsWith(")") ? name.substring(0, open) : name;
    return subject + " (" + roleLabel + ")";
  }

  /** « CPAS de Gembloux — adhésion 2026-12 »: who, what and when, readable in Cockpit's « Clé métier ». */
  public static String businessKey(String organisationName, String processKey, String processName, YearMonth started) {
    String label = PROCESS_LABELS.getOrDefault(processKey, processName == null ? processKey : lowerFirst(processName));
    return organisationName + SEPARATOR + label + " " + started;
  }

  /** Whether a business key already is one of ours for this organisation (so it is not rewritten). */
  public static boolean isReadableKeyOf(String businessKey, String organisationName) {
    return businessKey != null && businessKey.startsWith(organisationName + SEPARATOR);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
