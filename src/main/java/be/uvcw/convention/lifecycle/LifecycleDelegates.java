package be.uvcw.convention.lifecycle;

import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.CONVENTION_ID;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.CREDIT_NOTE_NUMBERS;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.HAS_RENEWAL_LEFT;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.LIMIT_END;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.LIMIT_END_TIMER;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.LIMIT_WARNING_TIMER;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.NOTICE_DEADLINE;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.NOTICE_DEADLINE_TIMER;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.RENEWAL_DATE;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.RENEWAL_TIMER;
import static be.uvcw.convention.lifecycle.ConventionLifecycleVariables.RETENTION;

import be.uvcw.convention.error.BadInput;

import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.notification.Formats;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of convention-lifecycle: each reads conventionId, calls the service, writes variables. */
final class LifecycleDelegates {

  private LifecycleDelegates() {}

  @Component("planLifecycle")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class PlanLifecycle implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      LifecycleSchedule schedule = lifecycle.schedule(CONVENTION_ID.get(execution));
      HAS_RENEWAL_LEFT.set(execution, schedule.hasRenewalLeft());
      if (schedule.hasRenewalLeft()) {
        RENEWAL_DATE.set(execution, schedule.nextRenewal());
        NOTICE_DEADLINE.set(execution, schedule.noticeDeadline());
        RENEWAL_TIMER.set(execution, Formats.timerAtStartOf(schedule.nextRenewal()));
        // The deadline day itself is included: the window closes when the following day begins.
        NOTICE_DEADLINE_TIMER.set(execution, Formats.timerAtStartOf(schedule.noticeDeadline().plusDays(1)));
      }
      LIMIT_END.set(execution, FrenchText.date(schedule.limitEnd())); // shown in « Proposer une nouvelle convention »
      LIMIT_WARNING_TIMER.set(execution, Formats.timerAtStartOf(schedule.limitWarning()));
      LIMIT_END_TIMER.set(execution, Formats.timerAtStartOf(LifecycleSchedule.endDay(schedule.limitEnd())));
    }
  }

  @Component("announceRenewal")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class AnnounceRenewal implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.announceRenewal(CONVENTION_ID.get(execution), RENEWAL_DATE.required(execution));
    }
  }

  @Component("renewConvention")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RenewConvention implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.renew(CONVENTION_ID.get(execution), RENEWAL_DATE.required(execution));
    }
  }

  @Component("warnLimitApproaching")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class WarnLimitApproaching implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.warnLimitApproaching(CONVENTION_ID.get(execution));
    }
  }

  @Component("recordConventionEnd")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordConventionEnd implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      RETENTION.set(execution, lifecycle.recordEnd(CONVENTION_ID.get(execution)));
    }
  }

  @Component("creditMonthsPastEnd")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CreditMonthsPastEnd implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      CREDIT_NOTE_NUMBERS.set(execution, lifecycle.creditMonthsPastEnd(CONVENTION_ID.get(execution)));
    }
  }

  @Component("sendCreditNotes")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendCreditNotes implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      var numbers = CREDIT_NOTE_NUMBERS.get(execution);
      if (!numbers.isEmpty()) {
        lifecycle.sendCreditNotes(numbers);
      }
    }
  }

  @Component("freezeSpace")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class FreezeSpace implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.freezeSpace(CONVENTION_ID.get(execution));
    }
  }

  @Component("tellConventionEnded")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class TellConventionEnded implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.tellEnded(CONVENTION_ID.get(execution));
    }
  }

  @Component("deleteSpace")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class DeleteSpace implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.deleteSpace(CONVENTION_ID.get(execution));
    }
  }

  @Component("registerNotice")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RegisterNotice implements JavaDelegate {
    private final NonRenewalNoticeService notices;
    private final be.uvcw.convention.convention.ConventionRepository conventions;

    /** Registered already by the REST path (with its scan), or now from the Tasklist start form. */
    @Override
    public void execute(DelegateExecution execution) {
      Long noticeId = NonRenewalNoticeVariables.NOTICE_ID.get(execution);
      NonRenewalNotice notice;
      if (noticeId != null) {
        notice = notices.notice(noticeId);
      } else {
        Long conventionId = CONVENTION_ID.get(execution);
        if (conventionId == null) {
          throw new BadInput("Le numéro de la convention est obligatoire.");
        }
        NoticeLetter letter = new NoticeLetter(NonRenewalNoticeVariables.RECEIVED_ON.get(execution),
            NonRenewalNoticeVariables.LETTER_DATE.get(execution), NonRenewalNoticeVariables.REFERENCE.get(execution), null);
        notice = notices.register(conventionId, letter, NonRenewalNoticeVariables.REGISTERED_BY.get(execution));
        var organisation = conventions.getReferenceById(conventionId).getOrganisation();
        NonRenewalNoticeVariables.NOTICE_ID.set(execution, notice.getId());
        NonRenewalNoticeVariables.CONVENTION_ID.set(execution, conventionId);
        NonRenewalNoticeVariables.ORGANISATION_ID.set(execution, organisation.getId());
      }
      execution.setProcessBusinessKey(NonRenewalNoticeProcess.businessKey(notice.getId()));
      NonRenewalNoticeVariables.NOTICE_ACCEPTED.set(execution, notice.isAccepted());
      NonRenewalNoticeVariables.NOTICE_REASON.set(execution, notice.getReason());
      NonRenewalNoticeVariables.END_DATE.set(execution, notice.getEndDate());
      NonRenewalNoticeVariables.NEXT_DEADLINE.set(execution, notice.getNextDeadline());
    }
  }

  @Component("signalNoticeToLifecycle")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SignalNoticeToLifecycle implements JavaDelegate {
    private final NonRenewalNoticeService notices;

    @Override
    public void execute(DelegateExecution execution) {
      notices.signalLifecycle(NonRenewalNoticeVariables.NOTICE_ID.get(execution));
    }
  }

  @Component("tellNoticeAccepted")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class TellNoticeAccepted implements JavaDelegate {
    private final NonRenewalNoticeService notices;

    @Override
    public void execute(DelegateExecution execution) {
      notices.tellAccepted(NonRenewalNoticeVariables.NOTICE_ID.get(execution));
    }
  }

  @Component("tellNoticeRefused")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class TellNoticeRefused implements JavaDelegate {
    private final NonRenewalNoticeService notices;

    @Override
    public void execute(DelegateExecution execution) {
      notices.tellRefused(NonRenewalNoticeVariables.NOTICE_ID.get(execution));
    }
  }
}
