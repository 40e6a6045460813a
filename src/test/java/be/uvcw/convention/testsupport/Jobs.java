package be.uvcw.convention.testsupport;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor is off in tests: they run due jobs themselves, in order, instead of sleeping.
 */
public final class Jobs {

  private Jobs() {}

  /** Runs every executable job of that process instance (and its sub-processes' jobs it creates) until none is left. */
  public static void runAll(ManagementService management, String processInstanceId) {
    for (int round = 0; round < 500; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        management.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("Jobs keep coming for " + processInstanceId + " after 500 rounds");
  }

  /** Runs one job and swallows its failure, as the job executor does (retries decremented, incident at 0). */
  public static boolean tryRun(ManagementService management, String jobId) {
    try {
      management.executeJob(jobId);
      return true;
    } catch (RuntimeException failure) {
      return false;
    }
  }
}
