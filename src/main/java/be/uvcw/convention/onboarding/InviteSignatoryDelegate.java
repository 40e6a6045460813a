package be.uvcw.convention.onboarding;

import static be.uvcw.convention.onboarding.OnboardingVariables.*;

import be.uvcw.convention.platform.process.CommonVariables;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Inviter les signataires », one job per signatory (loopCounter 0: the first signatory, 1: the
 * second), right after their signature tasks were created: what to sign and by when, the .docx,
 * and a personal link while their account has no password yet.
 */
@Component("inviteSignatory")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InviteSignatoryDelegate implements JavaDelegate {

  private final OnboardingService onboarding;
  private final ManagementService management;

  @Override
  public void execute(DelegateExecution execution) {
    boolean first = CommonVariables.LOOP_COUNTER.required(execution) == 0;
    String sentTo = onboarding.invite(CONVENTION_ID.required(execution), first,
        SignatureDeadline.of(management, execution.getProcessInstanceId()));
    INVITATION_SENT_TO.setLocal(execution, sentTo);
  }
}
