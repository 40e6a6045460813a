package be.uvcw.convention.adaptation;

import static be.uvcw.convention.adaptation.AdaptationRequestVariables.ADAPTATION_REQUEST_ID;
import static be.uvcw.convention.adaptation.AdaptationRequestVariables.NOTICE;

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
    mails.send(ADAPTATION_REQUEST_ID.get(execution), AdaptationMails.Notice.valueOf(NOTICE.get(execution)));
  }
}
