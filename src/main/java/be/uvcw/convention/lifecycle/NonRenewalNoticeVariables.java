package be.uvcw.convention.lifecycle;

import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.flag;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.time.LocalDate;

/** The variables of {@code non-renewal-notice}, read and written by its delegates and its engine adapter. */
@ProcessContract("non-renewal-notice")
public final class NonRenewalNoticeVariables {

  public static final ProcessVariable<Long> CONVENTION_ID = CommonVariables.CONVENTION_ID;
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  public static final ProcessVariable<Long> NOTICE_ID = id("noticeId", "set when the API registered the letter");
  /** Form « Lettre de non-reconduction reçue ». */
  public static final ProcessVariable<LocalDate> RECEIVED_ON = date("receivedOn", null);
  public static final ProcessVariable<LocalDate> LETTER_DATE = date("letterDate", null);
  public static final ProcessVariable<String> REFERENCE = text("reference", null);
  public static final ProcessVariable<String> REGISTERED_BY = text("registeredBy", "start event initiator");
  public static final ProcessVariable<Boolean> NOTICE_ACCEPTED = flag("noticeAccepted", "sent in time (the rules decide)");
  public static final ProcessVariable<String> NOTICE_REASON = text("noticeReason", null);
  public static final ProcessVariable<LocalDate> END_DATE = date("endDate", null);
  public static final ProcessVariable<LocalDate> NEXT_DEADLINE = date("nextDeadline", "refused: the next deadline to send one");

  private NonRenewalNoticeVariables() {}
}
