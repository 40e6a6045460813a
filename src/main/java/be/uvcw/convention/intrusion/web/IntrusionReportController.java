package be.uvcw.convention.intrusion.web;

import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.intrusion.IntrusionReport;
import be.uvcw.convention.intrusion.IntrusionReportService;
import be.uvcw.convention.intrusion.IntrusionSeverity;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.organisation.OrganisationDirectory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Art. 6.8: a User's signatory (for their own organisation) or Union staff report an intrusion attempt. */
@RestController
@RequestMapping("/api/intrusion-reports")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IntrusionReportController {

  private final IntrusionReportService reports;
  private final OrganisationDirectory organisations;
  private final CurrentUser currentUser;

  record ReportRequest(Long organisationId, LocalDate observedOn, String description, String reportedSeverity) {}

  @PostMapping
  ResponseEntity<Map<String, Object>> report(@RequestBody ReportRequest request) {
    if (request.organisationId() == null) {
      throw new BadInput("L'organisation concernée (organisationId) est obligatoire.");
    }
    var organisation = organisations.findById(request.organisationId())
        .orElseThrow(() -> new NotFound("Organisation " + request.organisationId() + " introuvable."));
    currentUser.requireAccessToTenant(organisation.getTenantId());
    IntrusionReport report = reports.reportAndFollowUp(organisation.getId(), request.observedOn(), request.description(),
        IntrusionSeverity.parse(request.reportedSeverity()), currentUser.userId());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", report.getId());
    view.put("organisationId", report.getOrganisationId());
    view.put("reportedSeverity", report.getReportedSeverity());
    view.put("triageDeadline", report.getTriageDeadline());
    return ResponseEntity.status(HttpStatus.CREATED).body(view);
  }
}
