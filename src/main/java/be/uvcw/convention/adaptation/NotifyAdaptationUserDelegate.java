package be.uvcw.convention.adaptation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous with retries: a mail server down never undoes a decision already taken. */
@Component("notifyAdaptationUser")
class NotifyAdaptationUserDelegate implements JavaDelegate {
  private final AdaptationMails mails;

  NotifyAdaptationUserDelegate(AdaptationMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.send((Long) execution.getVariable("adaptationRequestId"), AdaptationMails.Notice.valueOf((String) execution.getVariable("notice")));
  }
}
