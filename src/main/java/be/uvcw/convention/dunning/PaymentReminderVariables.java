package be.uvcw.convention.dunning;

import static be.uvcw.convention.platform.process.ProcessVariable.amount;
import static be.uvcw.convention.platform.process.ProcessVariable.count;
import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.flag;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The variables of {@code payment-reminders} (one per overdue invoice) and of its daily schedule. */
@ProcessContract({"payment-reminders", "payment-reminders-schedule"})
public final class PaymentReminderVariables {

  public static final ProcessVariable<Long> INVOICE_ID = id("invoiceId", null);
  public static final ProcessVariable<String> INVOICE_NUMBER = text("invoiceNumber", "also the business key");
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME;
  public static final ProcessVariable<LocalDate> DUE_DATE = date("dueDate", null);
  public static final ProcessVariable<String> FIRST_REMINDER_AT = text("firstReminderAt", "timer: ISO date-time of the first reminder");
  public static final ProcessVariable<String> SECOND_REMINDER_AFTER = text("secondReminderAfter", "timer: ISO duration after the first");
  public static final ProcessVariable<String> FORMAL_NOTICE_AFTER = text("formalNoticeAfter", "timer: ISO duration after the second");
  public static final ProcessVariable<Integer> OPENED_COUNT = count("openedCount", "schedule: reminder processes opened today");
  public static final ProcessVariable<Boolean> SETTLED = flag("settled", "the invoice is paid (checked before each step)");
  public static final ProcessVariable<BigDecimal> OUTSTANDING = amount("outstanding", null);
  public static final ProcessVariable<String> REMINDER_SUMMARY = text("reminderSummary", "markdown shown in « Mise en demeure »");
  /** Form « Mise en demeure ». */
  public static final ProcessVariable<String> NOTICE_DECISION = text("noticeDecision", "SEND_NOTICE, NEW_DEADLINE or DROP");
  public static final ProcessVariable<LocalDate> NEW_DEADLINE = date("newDeadline", null);
  public static final ProcessVariable<String> DROP_REASON = text("dropReason", null);
  public static final ProcessVariable<String> NOTICE_DECIDED_BY = text("noticeDecidedBy", "who completed « Mise en demeure »");
  public static final ProcessVariable<String> NEW_DEADLINE_TIMER = text("newDeadlineTimer", "timer: the day after the new deadline");

  private PaymentReminderVariables() {}
}
