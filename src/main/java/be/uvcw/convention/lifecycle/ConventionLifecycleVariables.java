package be.uvcw.convention.lifecycle;

import static be.uvcw.convention.platform.process.ProcessVariable.commaList;
import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.flag;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.time.LocalDate;
import java.util.List;

/** The variables of {@code convention-lifecycle}, read and written by its delegates and its engine adapter. */
@ProcessContract("convention-lifecycle")
public final class ConventionLifecycleVariables {

  public static final ProcessVariable<Long> CONVENTION_ID = CommonVariables.CONVENTION_ID;
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME;
  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  public static final ProcessVariable<Boolean> HAS_RENEWAL_LEFT = flag("hasRenewalLeft", null);
  public static final ProcessVariable<LocalDate> RENEWAL_DATE = date("renewalDate", null);
  public static final ProcessVariable<LocalDate> NOTICE_DEADLINE = date("noticeDeadline", "last day to send a non-renewal letter");
  public static final ProcessVariable<String> LIMIT_END = text("limitEnd", "end of the last possible renewal, in French words, shown in « Proposer une nouvelle convention »");
  public static final ProcessVariable<LocalDate> END_DATE = date("endDate", "the end a non-renewal notice fixed");
  public static final ProcessVariable<String> RENEWAL_TIMER = text("renewalTimer", "timer: ISO date-time");
  public static final ProcessVariable<String> NOTICE_DEADLINE_TIMER = text("noticeDeadlineTimer", "timer: ISO date-time");
  public static final ProcessVariable<String> LIMIT_WARNING_TIMER = text("limitWarningTimer", "timer: ISO date-time");
  public static final ProcessVariable<String> LIMIT_END_TIMER = text("limitEndTimer", "timer: ISO date-time");
  public static final ProcessVariable<String> END_TIMER = text("endTimer", "timer: ISO date-time, set by the non-renewal message");
  public static final ProcessVariable<String> RETENTION = text("retention", "timer: ISO duration the space is kept after the end");
  public static final ProcessVariable<List<String>> CREDIT_NOTE_NUMBERS = commaList("creditNoteNumbers", null);
  /** Form « Proposer une nouvelle convention ». */
  public static final ProcessVariable<String> PROPOSAL_NOTE = text("proposalNote", null);

  private ConventionLifecycleVariables() {}
}
