package be.uvcw.convention.lifecycle;

import be.uvcw.convention.error.BadInput;
import static be.uvcw.convention.lifecycle.ProcessVariables.longOf;

import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.notification.Formats;
import java.time.LocalDate;
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
      LifecycleSchedule schedule = lifecycle.schedule(longOf(execution, "conventionId"));
      execution.setVariable("hasRenewalLeft", schedule.hasRenewalLeft());
      if (schedule.hasRenewalLeft()) {
        execution.setVariable("renewalDate", schedule.nextRenewal().toString());
        execution.setVariable("noticeDeadline", schedule.noticeDeadline().toString());
        execution.setVariable("renewalTimer", Formats.timerAtStartOf(schedule.nextRenewal()));
        // The deadline day itself is included: the window closes when the following day begins.
        execution.setVariable("noticeDeadlineTimer", Formats.timerAtStartOf(schedule.noticeDeadline().plusDays(1)));
      }
      execution.setVariable("limitEnd", FrenchText.date(schedule.limitEnd())); // shown in « Proposer une nouvelle convention »
      execution.setVariable("limitWarningTimer", Formats.timerAtStartOf(schedule.limitWarning()));
      execution.setVariable("limitEndTimer", Formats.timerAtStartOf(LifecycleSchedule.endDay(schedule.limitEnd())));
    }
  }

  @Component("announceRenewal")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class AnnounceRenewal implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.announceRenewal(longOf(execution, "conventionId"), LocalDate.parse((String) execution.getVariable("renewalDate")));
    }
  }

  @Component("renewConvention")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RenewConvention implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.renew(longOf(execution, "conventionId"), LocalDate.parse((String) execution.getVariable("renewalDate")));
    }
  }

  @Component("warnLimitApproaching")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class WarnLimitApproaching implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.warnLimitApproaching(longOf(execution, "conventionId"));
    }
  }

  @Component("recordConventionEnd")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class RecordConventionEnd implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable("retention", lifecycle.recordEnd(longOf(execution, "conventionId")));
    }
  }

  @Component("creditMonthsPastEnd")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CreditMonthsPastEnd implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable("creditNoteNumbers", String.join(",", lifecycle.creditMonthsPastEnd(longOf(execution, "conventionId"))));
    }
  }

  @Component("sendCreditNotes")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendCreditNotes implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      String numbers = ProcessVariables.textOf(execution, "creditNoteNumbers");
      if (numbers != null && !numbers.isBlank()) {
        lifecycle.sendCreditNotes(java.util.List.of(numbers.split(",")));
      }
    }
  }

  @Component("freezeSpace")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class FreezeSpace implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.freezeSpace(longOf(execution, "conventionId"));
    }
  }

  @Component("tellConventionEnded")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class TellConventionEnded implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.tellEnded(longOf(execution, "conventionId"));
    }
  }

  @Component("deleteSpace")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class DeleteSpace implements JavaDelegate {
    private final ConventionLifecycleService lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
      lifecycle.deleteSpace(longOf(execution, "conventionId"));
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
      Long noticeId = longOf(execution, "noticeId");
      NonRenewalNotice notice;
      if (noticeId != null) {
        notice = notices.notice(noticeId);
      } else {
        Long conventionId = longOf(execution, "conventionId");
        if (conventionId == null) {
          throw new BadInput("Le numéro de la convention est obligatoire.");
        }
        NoticeLetter letter = new NoticeLetter(ProcessVariables.dateOf(execution, "receivedOn"),
            ProcessVariables.dateOf(execution, "letterDate"), ProcessVariables.textOf(execution, "reference"), null);
        notice = notices.register(conventionId, letter, ProcessVariables.textOf(execution, "registeredBy"));
        var organisation = conventions.getReferenceById(conventionId).getOrganisation();
        execution.setVariable("noticeId", notice.getId());
        execution.setVariable("conventionId", conventionId);
        execution.setVariable("organisationId", organisation.getId());
      }
      execution.setProcessBusinessKey(NonRenewalNoticeProcess.businessKey(notice.getId()));
      execution.setVariable("noticeAccepted", notice.isAccepted());
      execution.setVariable("noticeReason", notice.getReason());
      execution.setVariable("endDate", notice.getEndDate() == null ? null : notice.getEndDate().toString());
      execution.setVariable("nextDeadline", notice.getNextDeadline() == null ? null : notice.getNextDeadline().toString());
    }
  }

  @Component("signalNoticeToLifecycle")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SignalNoticeToLifecycle implements JavaDelegate {
    private final NonRenewalNoticeService notices;

    @Override
    public void execute(DelegateExecution execution) {
      notices.signalLifecycle(longOf(execution, "noticeId"));
    }
  }

  @Component("tellNoticeAccepted")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class TellNoticeAccepted implements JavaDelegate {
    private final NonRenewalNoticeService notices;

    @Override
    public void execute(DelegateExecution execution) {
      notices.tellAccepted(longOf(execution, "noticeId"));
    }
  }

  @Component("tellNoticeRefused")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class TellNoticeRefused implements JavaDelegate {
    private final NonRenewalNoticeService notices;

    @Override
    public void execute(DelegateExecution execution) {
      notices.tellRefused(longOf(execution, "noticeId"));
    }
  }
}
