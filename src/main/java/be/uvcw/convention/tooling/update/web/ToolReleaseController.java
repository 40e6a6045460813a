package be.uvcw.convention.tooling.update.web;

import be.uvcw.convention.tooling.update.ToolRelease;
import be.uvcw.convention.tooling.update.ToolRolloutService;
import be.uvcw.convention.tooling.update.ToolRolloutService.SpaceVersion;
import be.uvcw.convention.tooling.update.ToolUpdateProcess;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The maintenance team publishes a Tool version (rolled out to every space) and follows the rollout. */
@RestController
@RequiredArgsConstructor
public class ToolReleaseController {

  private final ToolRolloutService rollouts;
  private final ToolUpdateProcess process;
  private final CurrentUser currentUser;
  private final TransactionTemplate transactions;

  public record NewRelease(String version, String releaseNotes) {}

  public record ReleaseView(Long id, String toolCode, String version, String previousVersion, Instant publishedAt, String processInstanceId,
      List<SpaceVersion> spaces) {}

  @PostMapping("/api/tools/{toolCode}/releases")
  @ResponseStatus(HttpStatus.CREATED)
  public ReleaseView publish(@PathVariable String toolCode, @RequestBody NewRelease body) {
    currentUser.requireAnyGroup(Groups.MAINTENANCE, Groups.ADMIN);
    String processInstanceId = process.start(
        new ToolUpdateProcess.Publication(toolCode, body.version(), body.releaseNotes(), currentUser.userId()));
    return transactions.execute(status -> view(rollouts.byProcessInstance(processInstanceId)));
  }

  @GetMapping("/api/tool-releases/{releaseId}")
  @Transactional(readOnly = true)
  public ReleaseView show(@PathVariable Long releaseId) {
    currentUser.requireAnyGroup(Groups.MAINTENANCE, Groups.ADMIN, Groups.UNION_STAFF, Groups.UNION_MANAGEMENT);
    return view(rollouts.get(releaseId));
  }

  private ReleaseView view(ToolRelease release) {
    return new ReleaseView(release.getId(), release.getTool().getCode(), release.getVersion(), release.getPreviousVersion(),
        release.getPublishedAt(), release.getProcessInstanceId(), rollouts.report(release.getId()));
  }
}
