package be.uvcw.convention.importing;

/**
 * The documented columns of the import sheet (docs/lifecycle.md), in order. Headers are matched
 * by their French label; JSON uses the property names.
 */
public enum ImportColumn {
  TYPE("Type", "type", "COMMUNE ou CPAS"),
  NAME("Nom", "name", "Nom de l'organisation, ex. « CPAS de Namur »"),
  ENTERPRISE_NUMBER("Numéro d'entreprise", "enterpriseNumber", "Numéro BCE, ex. 0207.345.612"),
  ENTITY("Entité", "entity", "Commune (entité) à laquelle appartient l'organisation, ex. « Namur »"),
  STREET("Rue", "street", "Rue et numéro (obligatoire si l'organisation n'existe pas encore)"),
  POSTAL_CODE("Code postal", "postalCode", "Quatre chiffres (obligatoire si l'organisation n'existe pas encore)"),
  CITY("Localité", "city", "Localité (obligatoire si l'organisation n'existe pas encore)"),
  BILLING_EMAIL("E-mail de facturation", "billingEmail", "Adresse où envoyer les factures (obligatoire si l'organisation n'existe pas encore)"),
  SIGNATURE_DATE("Date de signature", "signatureDate", "Date de la dernière signature (AAAA-MM-JJ ou JJ/MM/AAAA)"),
  LAST_INVOICED_MONTH("Dernier mois facturé", "lastInvoicedMonth",
      "Dernier mois déjà facturé hors application (AAAA-MM) ; vide si aucun"),
  TOOLS("Outils", "tools", "Codes des Outils séparés par des virgules, ex. site-web, deliberations");

  private final String header;
  private final String jsonName;
  private final String help;

  ImportColumn(String header, String jsonName, String help) {
    this.header = header;
    this.jsonName = jsonName;
    this.help = help;
  }

  public String header() {
    return header;
  }

  public String jsonName() {
    return jsonName;
  }

  public String help() {
    return help;
  }
}
