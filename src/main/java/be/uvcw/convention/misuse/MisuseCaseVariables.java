package be.uvcw.convention.misuse;

import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.flag;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.time.LocalDate;

/** The variables of {@code misuse-case}, read and written by its delegates, its decision check and its start. */
@ProcessContract("misuse-case")
public final class MisuseCaseVariables {

  public static final ProcessVariable<Long> CONVENTION_ID = CommonVariables.CONVENTION_ID;
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  public static final ProcessVariable<Long> MISUSE_CASE_ID = id("misuseCaseId", null);
  public static final ProcessVariable<String> OPENED_BY = text("openedBy", "start event initiator");
  public static final ProcessVariable<String> FACTS = text("facts", null);
  /** Form « Décider de la suite ». */
  public static final ProcessVariable<String> DECISION = text("decision", "SUSPENDRE, LEVER, SIGNALER or CLORE");
  public static final ProcessVariable<String> NOTE = text("note", null);
  public static final ProcessVariable<String> JUDICIAL_REFERENCE = text("judicialReference", null);
  public static final ProcessVariable<LocalDate> JUDICIAL_REPORT_DATE = date("judicialReportDate", null);
  public static final ProcessVariable<String> DECISION_TASK = text("decisionTask", "the decision task last completed (DeciderMesures or DeciderMesuresSuspension)");
  public static final ProcessVariable<Boolean> SUSPENDED = flag("suspended", null);

  private MisuseCaseVariables() {}
}
