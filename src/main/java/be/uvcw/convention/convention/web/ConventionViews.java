package be.uvcw.convention.convention.web;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDocumentRepository;
import be.uvcw.convention.convention.ConventionNotFoundException;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionTerms;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SpaceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a convention and what hangs on it in one transaction, for the API. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConventionViews {

  private final ConventionRepository conventions;
  private final ConventionDocumentRepository documents;
  private final ProvisioningService provisioning;

  @Transactional(readOnly = true)
  String tenantOf(Long conventionId) {
    return load(conventionId).getOrganisation().getTenantId();
  }

  @Transactional(readOnly = true)
  ConventionView view(Long conventionId) {
    Convention c = load(conventionId);
    Organisation organisation = c.getOrganisation();
    List<ConventionView.SignatureView> signatures = new ArrayList<>();
    signatures.add(new ConventionView.SignatureView(organisation.getType().firstSignatory().label(),
        organisation.signatory(organisation.getType().firstSignatory()).map(Signatory::getFullName).orElse(null),
        c.getPresidentSignedOn(), c.getPresidentSignedPlace()));
    signatures.add(new ConventionView.SignatureView(organisation.getType().secondSignatory().label(),
        organisation.signatory(organisation.getType().secondSignatory()).map(Signatory::getFullName).orElse(null),
        c.getSecretarySignedOn(), c.getSecretarySignedPlace()));
    signatures.add(new ConventionView.SignatureView("Union (" + ConventionTerms.UNION_SIGNATORY_TITLE + ")",
        c.getUnionSignatoryName(), c.getUnionSignedOn(), c.getUnionSignedPlace()));
    Optional<SpaceReport> space = provisioning.spaceOf(organisation.getId());
    Map<String, String> installed = space.map(s -> s.installations().stream()
        .collect(Collectors.toMap(SpaceReport.Installation::toolCode, SpaceReport.Installation::version))).orElse(Map.of());
    List<ConventionView.ToolView> tools = c.getRequestedTools().stream()
        .map(t -> new ConventionView.ToolView(t.getCode(), t.getName(), t.getUserGuideUrl(), installed.get(t.getCode())))
        .toList();
    return new ConventionView(c.getId(), organisation.getId(), organisation.getName(), organisation.getType().name(),
        organisation.getTenantId(), c.getStatus().name(), c.getStatus().label(), c.getRefusalReason(), c.getMonthlyFee(),
        c.getReductionPercent(), c.getSignatureDate(), c.getStartDate(), c.getCurrentTermEnd(), c.getLimitEnd(), c.getEndDate(),
        signatures, tools, space.map(s -> s.state().name()).orElse(null),
        documents.existsById(conventionId) ? "/api/conventions/" + conventionId + "/document.docx" : null,
        c.getProcessInstanceId());
  }

  private Convention load(Long conventionId) {
    return conventions.findById(conventionId).orElseThrow(() -> new ConventionNotFoundException(conventionId));
  }
}
