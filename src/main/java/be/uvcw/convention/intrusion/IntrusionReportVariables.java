package be.uvcw.convention.intrusion;

import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.time.LocalDate;

/** The variables of {@code intrusion-report}. */
@ProcessContract("intrusion-report")
public final class IntrusionReportVariables {

  public static final ProcessVariable<Long> INTRUSION_REPORT_ID = id("intrusionReportId", "set when the API started the process");
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  /** Form « Tentative d'intrusion signalée ». */
  public static final ProcessVariable<String> ENTERPRISE_NUMBER = text("enterpriseNumber", "the organisation, when staff reports");
  public static final ProcessVariable<LocalDate> OBSERVED_ON = date("observedOn", null);
  public static final ProcessVariable<String> DESCRIPTION = text("description", null);
  public static final ProcessVariable<String> REPORTED_SEVERITY = text("reportedSeverity", "LOW, MEDIUM, HIGH or CRITICAL");
  public static final ProcessVariable<String> REPORTED_BY = text("reportedBy", "start event initiator");
  public static final ProcessVariable<String> TRIAGE_DEADLINE_TIMER = text("triageDeadlineTimer", "timer: ISO date-time");
  /** Forms « Qualifier l'incident » and « Escalade ». */
  public static final ProcessVariable<String> SEVERITY = text("severity", "the severity after triage");
  public static final ProcessVariable<String> ACTIONS = text("actions", null);
  public static final ProcessVariable<String> CLOSURE_NOTE = text("closureNote", null);
  public static final ProcessVariable<String> FOLLOW_UP_NOTE = text("followUpNote", null);
  public static final ProcessVariable<String> TRIAGED_BY = text("triagedBy", "who completed the triage task");

  private IntrusionReportVariables() {}
}
