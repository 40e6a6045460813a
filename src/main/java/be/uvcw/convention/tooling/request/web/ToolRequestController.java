package be.uvcw.convention.tooling.request.web;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.tooling.request.ToolRequest;
import be.uvcw.convention.tooling.request.ToolRequestService;
import be.uvcw.convention.tooling.request.ToolRequestProcess;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationDirectory;
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

/** Requests for another Tool: a User's signatories see and submit their own; the Union sees all. */
@RestController
@RequiredArgsConstructor
public class ToolRequestController {

  private final ToolRequestService service;
  private final OrganisationDirectory organisations;
  private final ToolRequestProcess process;
  private final CurrentUser currentUser;
  private final TransactionTemplate transactions;

  public record NewToolRequest(String toolCode, String motivation) {}

  public record ToolRequestView(Long id, Long organisationId, String organisationName, String toolCode, String toolName,
      String status, String statusLabel, String decisionReason, String installedVersion, Instant requestedAt) {
    static ToolRequestView of(ToolRequest r) {
      return new ToolRequestView(r.getId(), r.getOrganisation().getId(), r.getOrganisation().getName(), r.getTool().getCode(),
          r.getTool().getName(), r.getStatus().name(), r.getStatus().label(), r.getDecisionReason(), r.getInstalledVersion(), r.getRequestedAt());
    }
  }

  @PostMapping("/api/organisations/{organisationId}/tool-requests")
  @ResponseStatus(HttpStatus.CREATED)
  public ToolRequestView submit(@PathVariable Long organisationId, @RequestBody NewToolRequest body) {
    Organisation organisation = organisations.findById(organisationId)
        .orElseThrow(() -> new NotFound("Organisation " + organisationId + " introuvable."));
    currentUser.requireAccessToTenant(organisation.getTenantId());
    String processInstanceId = process.start(new ToolRequestProcess.Submission(organisation.getTenantId(), organisation.getId(),
        body.toolCode(), body.motivation(), currentUser.userId()));
    return transactions.execute(status -> ToolRequestView.of(service.findByProcessInstanceId(processInstanceId).orElseThrow()));
  }

  @GetMapping("/api/tool-requests")
  @Transactional(readOnly = true)
  public List<ToolRequestView> list() {
    List<ToolRequest> visible = service.visibleTo(currentUser.isUnion(), currentUser.tenantIds());
    return visible.stream().map(ToolRequestView::of).toList();
  }

  @GetMapping("/api/tool-requests/{id}")
  @Transactional(readOnly = true)
  public ToolRequestView show(@PathVariable Long id) {
    ToolRequest request = service.get(id);
    currentUser.requireAccessToTenant(request.getTenantId());
    return ToolRequestView.of(request);
  }
}
