package be.uvcw.convention.tooling.update;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The rollout multi-instance's collection (one instance, one job per space), evaluated by expression: no list variable is stored. */
@Component("toolRollouts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ToolRollouts {
  private final ToolRolloutService rollouts;

  public List<Long> spacesToUpdate(Long toolReleaseId) {
    return rollouts.spacesToUpdate(toolReleaseId);
  }
}
