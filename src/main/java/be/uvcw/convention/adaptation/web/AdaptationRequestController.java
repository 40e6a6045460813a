package be.uvcw.convention.adaptation.web;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.adaptation.AdaptationRequest;
import be.uvcw.convention.adaptation.AdaptationRequestProcess;
import be.uvcw.convention.adaptation.AdaptationRequestRepository;
import be.uvcw.convention.adaptation.AdaptationService;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

/** Adaptation requests: a User's signatories see and submit their own; the Union sees all. */
@RestController
@RequiredArgsConstructor
public class AdaptationRequestController {

  private final AdaptationRequestRepository requests;
  private final AdaptationService adaptations;
  private final OrganisationRepository organisations;
  private final AdaptationRequestProcess process;
  private final CurrentUser currentUser;
  private final TransactionTemplate transactions;

  public record NewAdaptationRequest(String toolCode, String title, String description, String localNeed) {}

  public record AdaptationView(Long id, Long organisationId, String organisationName, String toolCode, String toolName,
      String title, String description, String localNeed, String status, String statusLabel, BigDecimal workloadDays,
      String benefit, List<String> beneficiaries, String decisionReason, LocalDate dueDate, String deliveryReference,
      Instant requestedAt, String processInstanceId) {

    static AdaptationView of(AdaptationRequest r) {
      return new AdaptationView(r.getId(), r.getOrganisation().getId(), r.getOrganisation().getName(), r.getTool().getCode(),
          r.getTool().getName(), r.getTitle(), r.getDescription(), r.getLocalNeed(), r.getStatus().name(), r.getStatus().label(),
          r.getWorkloadDays(), r.getBenefit() == null ? null : r.getBenefit().label(),
          r.getBeneficiaries().stream().map(Organisation::getName).toList(), r.getDecisionReason(), r.getDueDate(),
          r.getDeliveryReference(), r.getRequestedAt(), r.getProcessInstanceId());
    }
  }

  /** A signatory of the User (or Union staff on its behalf) submits a request; the process starts. */
  @PostMapping("/api/organisations/{organisationId}/adaptation-requests")
  @ResponseStatus(HttpStatus.CREATED)
  public AdaptationView submit(@PathVariable Long organisationId, @RequestBody NewAdaptationRequest body) {
    Organisation organisation = organisations.findById(organisationId)
        .orElseThrow(() -> new NotFound("Organisation " + organisationId + " introuvable."));
    currentUser.requireAccessToTenant(organisation.getTenantId());
    String requestedBy = currentUser.userId();
    String processInstanceId = process.start(new AdaptationRequestProcess.Submission(organisation.getTenantId(), organisation.getId(),
        body.toolCode(), body.title(), body.description(), body.localNeed(), requestedBy));
    return transactions.execute(status -> AdaptationView.of(requests.findByProcessInstanceId(processInstanceId).orElseThrow()));
  }

  @GetMapping("/api/adaptation-requests")
  @Transactional(readOnly = true)
  public List<AdaptationView> list() {
    List<AdaptationRequest> visible = currentUser.isUnion() ? requests.findAllByOrderByRequestedAtDesc()
        : requests.findByTenantIdInOrderByRequestedAtDesc(currentUser.tenantIds());
    return visible.stream().map(AdaptationView::of).toList();
  }

  @GetMapping("/api/adaptation-requests/{id}")
  @Transactional(readOnly = true)
  public AdaptationView show(@PathVariable Long id) {
    AdaptationRequest request = adaptations.get(id);
    currentUser.requireAccessToTenant(request.getTenantId());
    return AdaptationView.of(request);
  }
}
