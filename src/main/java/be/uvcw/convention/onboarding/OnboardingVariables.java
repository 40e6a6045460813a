package be.uvcw.convention.onboarding;

import static be.uvcw.convention.platform.process.ProcessVariable.text;
import static be.uvcw.convention.platform.process.ProcessVariable.textList;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code onboarding}, read and written typed whatever a form or a test stored. */
@ProcessContract("onboarding")
final class OnboardingVariables {

  static final ProcessVariable<Long> CONVENTION_ID = CommonVariables.CONVENTION_ID;
  static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  static final ProcessVariable<String> INITIATOR = text("initiator", "start event initiator (the requester when logged in)");
  /** The request: form « Demande d'adhésion », the API, corrected in « Corriger la demande ». */
  static final ProcessVariable<String> ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME;
  static final ProcessVariable<String> ENTERPRISE_NUMBER = text("enterpriseNumber", null);
  static final ProcessVariable<String> ORGANISATION_TYPE = text("organisationType", "COMMUNE, CPAS, ...");
  static final ProcessVariable<String> MUNICIPALITY_NAME = text("municipalityName", null);
  static final ProcessVariable<String> STREET = text("street", null);
  static final ProcessVariable<String> POSTAL_CODE = text("postalCode", null);
  static final ProcessVariable<String> CITY = text("city", null);
  static final ProcessVariable<String> BILLING_EMAIL = text("billingEmail", null);
  static final ProcessVariable<String> FIRST_SIGNATORY_NAME = text("firstSignatoryName", null);
  static final ProcessVariable<String> FIRST_SIGNATORY_EMAIL = text("firstSignatoryEmail", null);
  static final ProcessVariable<String> SECOND_SIGNATORY_NAME = text("secondSignatoryName", null);
  static final ProcessVariable<String> SECOND_SIGNATORY_EMAIL = text("secondSignatoryEmail", null);
  static final ProcessVariable<List<String>> TOOL_CODES = textList("toolCodes", "the tools requested; the install multi-instance's collection");
  static final ProcessVariable<String> TOOL_CODE = CommonVariables.TOOL_CODE;
  static final ProcessVariable<String> REQUESTER_EMAIL = text("requesterEmail", null);
  /** The French errors of an invalid request, shown in « Corriger la demande ». */
  static final ProcessVariable<String> REQUEST_ERRORS = text("requestErrors", "markdown list of the request's errors");
  static final ProcessVariable<String> CORRECTION_DECISION = text("correctionDecision", "RESUBMIT or ABANDON");
  /** Set when the request is recorded. */
  static final ProcessVariable<String> PRESIDENT_USER_ID = text("presidentUserId", "assignee of the first signature");
  static final ProcessVariable<String> SECRETARY_USER_ID = text("secretaryUserId", "assignee of the second signature");
  static final ProcessVariable<String> FIRST_SIGNATORY_ROLE = text("firstSignatoryRole", "French title of the first signatory");
  static final ProcessVariable<String> SECOND_SIGNATORY_ROLE = text("secondSignatoryRole", "French title of the second signatory");
  /** Form « Vérifier la demande ». */
  static final ProcessVariable<String> REVIEW_DECISION = text("reviewDecision", "ACCEPT or REFUSE");
  static final ProcessVariable<String> REFUSAL_REASON = text("refusalReason", null);
  static final ProcessVariable<String> DOCUMENT_URL = text("documentUrl", "the generated convention");
  static final ProcessVariable<String> DOCUMENT_FILE_NAME = text("documentFileName", null);
  static final ProcessVariable<String> MONTHLY_FEE_TEXT = text("monthlyFeeText", "the fee as the forms show it");
  static final ProcessVariable<String> INVITATION_SENT_TO = text("invitationSentTo", "local to each invitation");
  static final ProcessVariable<String> LAST_REMINDER_SENT_TO = text("lastReminderSentTo", null);
  /** Forms of the two signature tasks and the Union's countersignature (task outputs land on the execution). */
  static final ProcessVariable<String> PRESIDENT_DECISION = text("presidentDecision", "SIGN or REFUSE");
  static final ProcessVariable<LocalDate> PRESIDENT_SIGNED_ON = ProcessVariable.date("presidentSignedOn", null);
  static final ProcessVariable<String> PRESIDENT_SIGNED_PLACE = text("presidentSignedPlace", null);
  static final ProcessVariable<String> PRESIDENT_REFUSAL_REASON = text("presidentRefusalReason", null);
  static final ProcessVariable<String> SECRETARY_DECISION = text("secretaryDecision", "SIGN or REFUSE");
  static final ProcessVariable<LocalDate> SECRETARY_SIGNED_ON = ProcessVariable.date("secretarySignedOn", null);
  static final ProcessVariable<String> SECRETARY_SIGNED_PLACE = text("secretarySignedPlace", null);
  static final ProcessVariable<String> SECRETARY_REFUSAL_REASON = text("secretaryRefusalReason", null);
  static final ProcessVariable<String> UNION_SIGNATORY_NAME = text("unionSignatoryName", "prefilled on the task");
  static final ProcessVariable<LocalDate> UNION_SIGNED_ON = ProcessVariable.date("unionSignedOn", null);
  static final ProcessVariable<String> UNION_SIGNED_PLACE = text("unionSignedPlace", null);
  /** Why a signatory refused (carried from the signature task to « Annuler la demande »). */
  static final ProcessVariable<String> SIGNATURE_TASK = text("signatureTask", "input of « Enregistrer la décision du … signataire »: the signature task it records");
  static final ProcessVariable<String> SIGNATURE_REFUSAL = text("signatureRefusal", null);
  static final ProcessVariable<String> SIGNATURE_REFUSED_BY = text("signatureRefusedBy", "« le Président (user) »");
  /** Set when the convention is active. */
  static final ProcessVariable<LocalDate> SIGNATURE_DATE = ProcessVariable.date("signatureDate", null);
  static final ProcessVariable<LocalDate> START_DATE = ProcessVariable.date("startDate", null);
  static final ProcessVariable<LocalDate> LIMIT_END = ProcessVariable.date("limitEnd", null);
  static final ProcessVariable<String> ACCESS_INFORMATION_SENT_TO = text("accessInformationSentTo", null);

  static final String BPMN_ERROR_INVALID_REQUEST = "DemandeInvalide";
  static final String BPMN_ERROR_SIGNATURE_REFUSED = "SignatureRefusee";

  private OnboardingVariables() {}

  /** A person's text without surrounding spaces; blank is missing. */
  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static MembershipRequest request(VariableScope scope) {
    return new MembershipRequest(
        ORGANISATION_NAME.get(scope), ENTERPRISE_NUMBER.get(scope), ORGANISATION_TYPE.get(scope),
        MUNICIPALITY_NAME.get(scope), STREET.get(scope), POSTAL_CODE.get(scope), CITY.get(scope),
        BILLING_EMAIL.get(scope), FIRST_SIGNATORY_NAME.get(scope), FIRST_SIGNATORY_EMAIL.get(scope),
        SECOND_SIGNATORY_NAME.get(scope), SECOND_SIGNATORY_EMAIL.get(scope),
        TOOL_CODES.get(scope), REQUESTER_EMAIL.get(scope));
  }
}
