package be.uvcw.convention.onboarding;

import be.uvcw.convention.ConventionApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The last day to sign: the day before « 60 jours sans toutes les signatures » fires (its timer is the truth). */
final class SignatureDeadline {

  /** The boundary timer that closes the request. */
  static final String EXPIRY_TIMER = "DelaiSignatureDepasse";

  private SignatureDeadline() {}

  /** Null when the instance has no expiry timer (signatures already collected). */
  static LocalDate of(ManagementService management, String processInstanceId) {
    Job expiry = management.createJobQuery().processInstanceId(processInstanceId).activityId(EXPIRY_TIMER).timers().singleResult();
    return expiry == null ? null
        : LocalDate.ofInstant(expiry.getDuedate().toInstant(), ZoneId.of(ConventionApplication.ZONE)).minusDays(1);
  }
}
