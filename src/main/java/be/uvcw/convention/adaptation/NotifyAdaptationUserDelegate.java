package be.uvcw.convention.adaptation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous with retries: a mail server down never undoes a decision already taken. */
@Component("notifyAdaptationUser")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotifyAdaptationUserDelegate implements JavaDelegate {
  private final AdaptationMails mails;

  @Override
  public void execute(DelegateExecution execution) {
    mails.send((Long) execution.getVariable("adaptationRequestId"), AdaptationMails.Notice.valueOf((String) execution.getVariable("notice")));
  }
}
