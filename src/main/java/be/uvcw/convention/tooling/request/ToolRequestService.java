package be.uvcw.convention.tooling.request;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.error.Forbidden;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRepository;
import be.uvcw.convention.provisioning.ProvisioningException;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.tooling.install.SpaceToolInstaller;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests for another Tool: only for an active convention, decided by Union staff, installed through provisioning. */
@Service
@RequiredArgsConstructor
public class ToolRequestService {

  private final ToolRequestRepository requests;
  private final OrganisationRepository organisations;
  private final SignatoryRepository signatories;
  private final ToolRepository tools;
  private final ConventionRepository conventions;
  private final SecureSpaceRepository spaces;
  private final SpaceToolInstaller installer;
  private final MailService mailService;
  private final MailTemplates templates;
  private final IdentityService identityService;
  private final Clock clock;

  /** Idempotent per process instance. */
  @Transactional
  public ToolRequest register(String tenantId, String toolCode, String motivation, String requestedBy, String processInstanceId) {
    var existing = requests.findByProcessInstanceId(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    Organisation organisation = organisations.findByTenantId(String.valueOf(tenantId))
        .orElseThrow(() -> new BadInput("Organisation inconnue : « " + tenantId + " »."));
    requireSignatoryOrUnionStaff(requestedBy, organisation);
    Tool tool = tools.findByCode(String.valueOf(toolCode))
        .orElseThrow(() -> new BadInput("Outil inconnu : « " + toolCode + " »."));
    if (conventions.findFirstByOrganisationAndStatusIn(organisation, List.of(ConventionStatus.ACTIVE)).isEmpty()) {
      throw new BadInput(organisation.getName() + " n'a pas de convention en vigueur : un Outil ne peut être demandé qu'avec une convention active.");
    }
    SecureSpace space = spaces.findByOrganisationId(organisation.getId())
        .orElseThrow(() -> new BadInput(organisation.getName() + " n'a pas encore d'espace sécurisé sur le Serveur."));
    if (installer.isInstalled(space, tool)) {
      throw new BadInput("L'Outil « " + tool.getName() + " » est déjà installé dans l'espace de " + organisation.getName() + ".");
    }
    if (motivation != null && motivation.length() > 2000) {
      throw new BadInput("La motivation dépasse 2000 caractères.");
    }
    return requests.saveAndFlush(new ToolRequest(organisation, tool, requestedBy, clock.instant(), blankToNull(motivation), processInstanceId));
  }

  @Transactional
  public ToolRequest decide(Long requestId, String decision, String reason, String decidedBy) {
    ToolRequestDecision.check(decision, reason);
    ToolRequest request = get(requestId);
    if (ToolRequestDecision.APPROVE.equals(decision)) {
      request.approve(blankToNull(reason), decidedBy, clock.instant());
    } else {
      request.refuse(reason.trim(), decidedBy, clock.instant());
    }
    return request;
  }

  /** After provisioning's installTool step: records the version now installed in the space. */
  @Transactional
  public ToolRequest recordInstalled(Long requestId) {
    ToolRequest request = get(requestId);
    SecureSpace space = spaces.findByOrganisationId(request.getOrganisation().getId())
        .orElseThrow(() -> new ProvisioningException(request.getOrganisation().getName() + " n'a pas d'espace sécurisé."));
    String version = installer.installedVersion(space, request.getTool())
        .orElseThrow(() -> new ProvisioningException("L'Outil « " + request.getTool().getName() + " » n'est pas installé dans l'espace."));
    request.installed(version, clock.instant());
    return request;
  }

  @Transactional
  public void notifyUser(Long requestId, String notice) {
    ToolRequest request = get(requestId);
    Tool tool = request.getTool();
    Map<String, Object> values = new HashMap<>();
    values.put("tool", tool.getName());
    values.put("version", request.getInstalledVersion());
    values.put("guide", tool.getUserGuideUrl());
    values.put("reason", request.getDecisionReason());
    String template = "INSTALLED".equals(notice) ? "tool-installed" : "tool-refused";
    Organisation organisation = request.getOrganisation();
    List<String> recipients = organisation.getSignatories().stream().map(Signatory::getEmail).distinct().toList();
    for (String to : recipients.isEmpty() ? List.of(organisation.getBillingEmail()) : recipients) {
      mailService.send(templates.mail(template, to, organisation.getId(), values));
    }
  }

  /** The request the tool-request process instance registered. */
  @Transactional(readOnly = true)
  public Optional<ToolRequest> findByProcessInstanceId(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId);
  }

  /** Newest first: every request for the Union, else the requests of the caller's tenants. */
  @Transactional(readOnly = true)
  public List<ToolRequest> visibleTo(boolean union, Set<String> tenantIds) {
    return union ? requests.findAllByOrderByRequestedAtDesc() : requests.findByTenantIdInOrderByRequestedAtDesc(tenantIds);
  }

  @Transactional(readOnly = true)
  public ToolRequest get(Long requestId) {
    return requests.findById(requestId).orElseThrow(() -> new NotFound("Demande d'Outil " + requestId + " introuvable."));
  }

  private void requireSignatoryOrUnionStaff(String userId, Organisation organisation) {
    if (userId == null || userId.isBlank()) {
      throw new BadInput("Le demandeur est inconnu : connectez-vous pour demander un Outil.");
    }
    boolean signsForIt = signatories.findByUserId(userId).map(s -> s.getOrganisation().getId().equals(organisation.getId())).orElse(false);
    boolean unionStaff = identityService.createGroupQuery().groupMember(userId).groupIdIn(Groups.UNION_STAFF, Groups.ADMIN).count() > 0;
    if (!signsForIt && !unionStaff) {
      throw new Forbidden("Seuls les signataires de " + organisation.getName() + " ou les services de l'Union peuvent demander un Outil pour elle.");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
