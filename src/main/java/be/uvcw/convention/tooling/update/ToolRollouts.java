package be.uvcw.convention.tooling.update;

import java.util.List;
import org.springframework.stereotype.Component;

/** The rollout multi-instance's collection (one instance, one job per space), evaluated by expression: no list variable is stored. */
@Component("toolRollouts")
public class ToolRollouts {
  private final ToolRolloutService rollouts;

  ToolRollouts(ToolRolloutService rollouts) {
    this.rollouts = rollouts;
  }

  public List<Long> spacesToUpdate(Long toolReleaseId) {
    return rollouts.spacesToUpdate(toolReleaseId);
  }
}
