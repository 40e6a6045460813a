package be.uvcw.convention.onboarding;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.FormValues;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** Names and readers of the variables of process {@code onboarding}, whatever type a form or a test stored. */
final class OnboardingVariables {

  static final String CONVENTION_ID = "conventionId";
  static final String ORGANISATION_ID = "organisationId";
  static final String TENANT_ID = "tenantId";
  static final String ORGANISATION_NAME = "organisationName";
  static final String REQUESTER_EMAIL = "requesterEmail";
  static final String PRESIDENT_USER_ID = "presidentUserId";
  static final String SECRETARY_USER_ID = "secretaryUserId";
  static final String TOOL_CODES = "toolCodes";
  /** The French errors of an invalid request, shown in « Corriger la demande ». */
  static final String REQUEST_ERRORS = "requestErrors";
  /** Why a signatory refused (carried from the signature task to « Annuler la demande »). */
  static final String SIGNATURE_REFUSAL = "signatureRefusal";
  static final String BPMN_ERROR_INVALID_REQUEST = "DemandeInvalide";
  static final String BPMN_ERROR_SIGNATURE_REFUSED = "SignatureRefusee";

  private static final ObjectMapper JSON = new ObjectMapper();

  private OnboardingVariables() {}

  static Long longValue(VariableScope scope, String name) {
    Long value = FormValues.longValue(scope.getVariable(name));
    if (value == null) {
      throw new IllegalStateException("Process variable " + name + " is missing");
    }
    return value;
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** A date from a form (ISO text), a Java date, or a LocalDate. */
  static LocalDate date(Object value) {
    return FormValues.date(value);
  }

  /** A list of codes from a Java collection, a JSON array (Tasklist checklist) or a comma-separated text. */
  static List<String> stringList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().filter(o -> o != null).map(Object::toString).toList();
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      try {
        return JSON.readValue(text, new TypeReference<List<String>>() {});
      } catch (Exception e) {
        throw new BadInput("Outils demandés : liste illisible (" + text + ").");
      }
    }
    List<String> codes = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        codes.add(part.trim());
      }
    }
    return codes;
  }

  /** Lists are stored as JSON (Spin), readable in Cockpit and by the multi-instance. */
  static ObjectValue jsonList(List<String> values) {
    return Variables.objectValue(new ArrayList<>(values)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  static MembershipRequest request(VariableScope scope) {
    return new MembershipRequest(
        string(scope, "organisationName"), string(scope, "enterpriseNumber"), string(scope, "organisationType"),
        string(scope, "municipalityName"), string(scope, "street"), string(scope, "postalCode"), string(scope, "city"),
        string(scope, "billingEmail"), string(scope, "firstSignatoryName"), string(scope, "firstSignatoryEmail"),
        string(scope, "secondSignatoryName"), string(scope, "secondSignatoryEmail"),
        stringList(scope.getVariable(TOOL_CODES)), string(scope, "requesterEmail"));
  }
}
