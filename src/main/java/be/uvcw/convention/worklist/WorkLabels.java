package be.uvcw.convention.worklist;

/**
 * What a clerk reads in Tasklist and Cockpit: task names that carry the organisation
 * (« Vérifier la demande — CPAS de Gembloux ») and signature tasks named after the signatory's real
 * role. Pure rules; {@link OrganisationLabelling} applies them. Business keys stay technical
 * ({@code convention-12}): readability lives in the task names (docs/decisions.md).
 */
public final class WorkLabels {

  /** Between a task's subject and the organisation: an em dash, as Tasklist shows it. */
  public static final String SEPARATOR = " — ";

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

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
