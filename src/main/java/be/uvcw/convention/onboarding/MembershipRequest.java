package be.uvcw.convention.onboarding;

import java.util.List;

/**
 * A membership request (demande d'adhésion) as typed by Union staff, in the start form, the
 * correction form or {@code POST /api/membership-requests}. The field names are also the names of
 * the process variables and form keys, so a correction shows exactly what was typed.
 *
 * @param organisationType "CPAS" or "COMMUNE"
 * @param municipalityName the entity (entité), e.g. "Namur"
 * @param firstSignatoryName the President of a CPAS, the Mayor of a commune
 * @param secondSignatoryName the Secretary of a CPAS, the Director-General of a commune
 * @param toolCodes codes of the catalog's Tools wanted, at least one
 * @param requesterEmail who at the Union (or at the User) follows the request and receives its news
 */
public record MembershipRequest(
    String organisationName,
    String enterpriseNumber,
    String organisationType,
    String municipalityName,
    String street,
    String postalCode,
    String city,
    String billingEmail,
    String firstSignatoryName,
    String firstSignatoryEmail,
    String secondSignatoryName,
    String secondSignatoryEmail,
    List<String> toolCodes,
    String requesterEmail) {

  /** Process variable and form key names, in the order the form shows them. */
  public static final List<String> FIELDS = List.of("organisationName", "enterpriseNumber", "organisationType",
      "municipalityName", "street", "postalCode", "city", "billingEmail", "firstSignatoryName", "firstSignatoryEmail",
      "secondSignatoryName", "secondSignatoryEmail", "toolCodes", "requesterEmail");

  public MembershipRequest {
    toolCodes = toolCodes == null ? List.of() : List.copyOf(toolCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList());
  }
}
