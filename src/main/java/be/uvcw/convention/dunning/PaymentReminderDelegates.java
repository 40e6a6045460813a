package be.uvcw.convention.dunning;

import be.uvcw.convention.integrity.TaskActor;
import be.uvcw.convention.error.BadInput;
import static be.uvcw.convention.dunning.PaymentReminderVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The thin delegates of {@code payment-reminders} and {@code payment-reminders-schedule}. */
final class PaymentReminderDelegates {

  /** The user task whose decision the steps after it record. */
  static final String DECISION_TASK = "MiseEnDemeure";

  private PaymentReminderDelegates() {}

  static long invoiceId(DelegateExecution execution) {
    return INVOICE_ID.required(execution);
  }

  /** « Ouvrir les relances des factures échues » (daily sweep). */
  @Component("openPaymentReminders")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class OpenOverdue implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      OPENED_COUNT.set(execution, reminders.openOverdue().size());
    }
  }

  /** « Vérifier le solde »: re-read invoice_balance before each step; also the summary the finance form shows. */
  @Component("checkInvoiceBalance")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CheckBalance implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      var balance = reminders.checkBeforeReminder(invoiceId(execution));
      SETTLED.set(execution, balance.settled());
      OUTSTANDING.set(execution, balance.outstanding());
      if (!balance.settled()) {
        REMINDER_SUMMARY.set(execution, reminders.summary(invoiceId(execution)));
      }
    }
  }

  @Component("sendFirstReminder")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendFirst implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      reminders.sendFirstReminder(invoiceId(execution));
    }
  }

  @Component("sendSecondReminder")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendSecond implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      reminders.sendSecondReminder(invoiceId(execution));
    }
  }

  @Component("sendFormalNotice")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendFormalNotice implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      reminders.sendFormalNotice(invoiceId(execution), TaskActor.recorded(execution, DECISION_TASK));
    }
  }

  @Component("recordNewPaymentDeadline")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordNewDeadline implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      LocalDate deadline = NEW_DEADLINE.get(execution);
      reminders.recordNewDeadline(invoiceId(execution), deadline, TaskActor.recorded(execution, DECISION_TASK));
      // The process waits until the day after the new deadline, then checks the balance again.
      NEW_DEADLINE_TIMER.set(execution, ReminderSchedule.timerAtStartOf(deadline.plusDays(1), ZoneId.of("Europe/Brussels")));
    }
  }

  @Component("recordRemindersDropped")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordDropped implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      reminders.recordDropped(invoiceId(execution), DROP_REASON.get(execution), TaskActor.recorded(execution, DECISION_TASK));
    }
  }

  /** Event sub-process « Facture payée ou créditée »: the case is closed as settled. */
  @Component("recordInvoiceSettled")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordSettled implements JavaDelegate {
    private final PaymentReminderService reminders;

    @Override
    public void execute(DelegateExecution execution) {
      reminders.recordSettled(invoiceId(execution));
    }
  }

  /**
   * « Mise en demeure » completed: the decision must be complete (a new deadline in the future, a
   * reason to drop); refused otherwise with a French message, the task staying open. Nothing is recorded
   * here: who decided is written by the task's ${taskActor} listener, the decision by the asynchronous step after it.
   */
  @Component("formalNoticeDecision")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Decision implements TaskListener {
    private final Clock clock;

    @Override
    public void notify(DelegateTask task) {
      Object decision = NOTICE_DECISION.raw(task);
      if (decision == null) {
        throw new BadInput("Choisissez une décision : envoyer la mise en demeure, accorder un nouveau délai ou abandonner.");
      }
      switch (decision.toString()) {
        case "SEND_NOTICE" -> { }
        case "NEW_DEADLINE" -> {
          LocalDate deadline = NEW_DEADLINE.get(task);
          if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
            throw new BadInput("Le nouveau délai doit être une date future.");
          }
        }
        case "DROP" -> {
          Object reason = DROP_REASON.raw(task);
          if (reason == null || reason.toString().isBlank()) {
            throw new BadInput("Indiquez le motif de l'abandon de la relance.");
          }
        }
        default -> throw new BadInput("Décision inconnue : " + decision);
      }
    }
  }
}
