package be.uvcw.convention.onboarding;

import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.InvalidEnterpriseNumberException;
import be.uvcw.convention.organisation.OrganisationType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a membership request field by field and says, in French, what is wrong with each field
 * (all of them at once, so staff correct everything in one go). Pure: the catalog is passed in.
 */
public final class MembershipRequestValidator {

  static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$");
  static final Pattern POSTAL_CODE = Pattern.compile("^[1-9]\\d{3}$");

  private MembershipRequestValidator() {}

  public static Map<String, String> validate(MembershipRequest request, Set<String> catalogCodes) {
    Map<String, String> errors = new LinkedHashMap<>();
    required(errors, "organisationName", "Nom de l'organisation", request.organisationName(), 200);
    if (blank(request.enterpriseNumber())) {
      errors.put("enterpriseNumber", "Numéro d'entreprise : ce champ est obligatoire.");
    } else {
      try {
        EnterpriseNumber.parse(request.enterpriseNumber());
      } catch (InvalidEnterpriseNumberException e) {
        errors.put("enterpriseNumber", "Numéro d'entreprise : " + e.getMessage());
      }
    }
    if (blank(request.organisationType())) {
      errors.put("organisationType", "Type d'organisation : choisissez CPAS ou Administration communale.");
    } else if (parseType(request.organisationType()) == null) {
      errors.put("organisationType", "Type d'organisation : « " + request.organisationType() + " » n'est ni CPAS ni COMMUNE.");
    }
    required(errors, "municipalityName", "Entité (commune)", request.municipalityName(), 120);
    required(errors, "street", "Rue et numéro", request.street(), 200);
    if (blank(request.postalCode())) {
      errors.put("postalCode", "Code postal : ce champ est obligatoire.");
    } else if (!POSTAL_CODE.matcher(request.postalCode().trim()).matches()) {
      errors.put("postalCode", "Code postal : « " + request.postalCode() + " » n'est pas un code postal belge (4 chiffres, ex. 5000).");
    }
    required(errors, "city", "Localité", request.city(), 100);
    email(errors, "billingEmail", "E-mail de facturation", request.billingEmail());
    required(errors, "firstSignatoryName", "Nom du premier signataire (Président ou Bourgmestre)", request.firstSignatoryName(), 200);
    email(errors, "firstSignatoryEmail", "E-mail du premier signataire", request.firstSignatoryEmail());
    required(errors, "secondSignatoryName", "Nom du second signataire (Secrétaire ou Directeur général)", request.secondSignatoryName(), 200);
    email(errors, "secondSignatoryEmail", "E-mail du second signataire", request.secondSignatoryEmail());
    if (!errors.containsKey("firstSignatoryEmail") && !errors.containsKey("secondSignatoryEmail")
        && request.firstSignatoryEmail().trim().equalsIgnoreCase(request.secondSignatoryEmail().trim())) {
      errors.put("secondSignatoryEmail", "E-mail du second signataire : les deux signataires sont deux personnes différentes, chacune avec son adresse.");
    }
    List<String> tools = request.toolCodes();
    if (tools.isEmpty()) {
      errors.put("toolCodes", "Outils demandés : choisissez au moins un Outil du catalogue.");
    } else {
      List<String> unknown = tools.stream().filter(code -> !catalogCodes.contains(code)).toList();
      if (!unknown.isEmpty()) {
        errors.put("toolCodes", "Outils demandés : " + String.join(", ", unknown) + " ne figure(nt) pas au catalogue ("
            + String.join(", ", catalogCodes.stream().sorted().toList()) + ").");
      }
    }
    email(errors, "requesterEmail", "E-mail du demandeur", request.requesterEmail());
    return errors;
  }

  /** "CPAS" or "COMMUNE" (case and spaces ignored); null when neither. */
  public static OrganisationType parseType(String text) {
    if (text == null) {
      return null;
    }
    String normalized = text.trim().toUpperCase();
    for (OrganisationType type : OrganisationType.values()) {
      if (type.name().equals(normalized)) {
        return type;
      }
    }
    return null;
  }

  private static void required(Map<String, String> errors, String field, String label, String value, int maxLength) {
    if (blank(value)) {
      errors.put(field, label + " : ce champ est obligatoire.");
    } else if (value.trim().length() > maxLength) {
      errors.put(field, label + " : " + maxLength + " caractères au plus.");
    }
  }

  private static void email(Map<String, String> errors, String field, String label, String value) {
    if (blank(value)) {
      errors.put(field, label + " : ce champ est obligatoire.");
    } else if (value.trim().length() > 254 || !EMAIL.matcher(value.trim()).matches()) {
      errors.put(field, label + " : « " + value + " » n'est pas une adresse e-mail valide.");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
