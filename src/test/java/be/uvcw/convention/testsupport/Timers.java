package be.uvcw.convention.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Fires a process instance's timer by moving the engine clock to its due date, then runs what follows. */
public final class Timers {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private Timers() {}

  public static Job timer(ManagementService management, String processInstanceId, String activityId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId).singleResult();
    assertThat(job).as("timer job at %s", activityId).isNotNull();
    return job;
  }

  /** Checks the timer is due when a given day begins in Brussels, moves the clock there and fires it. */
  public static void fireAtStartOf(ManagementService management, String processInstanceId, String activityId, LocalDate day) {
    Job job = timer(management, processInstanceId, activityId);
    assertThat(job.getDuedate()).as("due date of %s", activityId)
        .isEqualTo(Date.from(day.atStartOfDay(BRUSSELS).toInstant()));
    fire(management, processInstanceId, job);
  }

  public static void fire(ManagementService management, String processInstanceId, Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    management.executeJob(job.getId());
    Jobs.runAll(management, processInstanceId);
  }

  /** The engine clock at 10:00 Brussels time on that day. */
  public static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(BRUSSELS).toInstant()));
  }
}
