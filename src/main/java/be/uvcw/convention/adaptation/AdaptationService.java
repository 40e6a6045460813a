package be.uvcw.convention.adaptation;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.platform.FormValues;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.tooling.install.InstalledAdaptation;
import be.uvcw.convention.tooling.install.InstalledAdaptationRepository;
import be.uvcw.convention.tooling.install.SpaceToolInstaller;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRepository;
import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.provisioning.ProvisioningException;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.SpaceState;
import be.uvcw.convention.provisioning.ToolInstallation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adaptation requests (art. 6.2): recording, decisions, delivery through provisioning, confirmation. */
@Service
@RequiredArgsConstructor
public class AdaptationService {

  private final AdaptationRequestRepository requests;
  private final OrganisationRepository organisations;
  private final SignatoryRepository signatories;
  private final ToolRepository tools;
  private final SecureSpaceRepository spaces;
  private final SpaceToolInstaller installer;
  private final InstalledAdaptationRepository installedAdaptations;
  private final IdentityService identityService;
  private final Clock clock;

  public record Submission(String tenantId, String toolCode, String title, String description, String localNeed, String requestedBy) {}

  /** Records the request of the process instance; the requester must sign for that User or be Union staff. Idempotent. */
  @Transactional
  public AdaptationRequest register(Submission submission, String processInstanceId) {
    var existing = requests.findByProcessInstanceId(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    Organisation organisation = organisations.findByTenantId(submission.tenantId())
        .orElseThrow(() -> new BadInput("Organisation inconnue : « " + submission.tenantId() + " »."));
    requireSignatoryOrUnionStaff(submission.requestedBy(), organisation);
    Tool tool = tools.findByCode(String.valueOf(submission.toolCode()))
        .orElseThrow(() -> new BadInput("Outil inconnu : « " + submission.toolCode() + " »."));
    SecureSpace space = spaces.findByOrganisationId(organisation.getId())
        .orElseThrow(() -> new BadInput(organisation.getName() + " n'a pas encore d'espace sécurisé sur le Serveur."));
    if (!installer.isInstalled(space, tool)) {
      throw new BadInput("L'Outil « " + tool.getName() + " » n'est pas installé dans l'espace de " + organisation.getName()
          + " : demandez d'abord cet Outil.");
    }
    FormValues.requiredText(submission.title(), "l'intitulé", 200);
    FormValues.requiredText(submission.description(), "la description", 4000);
    FormValues.requiredText(submission.localNeed(), "le besoin local", 4000);
    return requests.save(new AdaptationRequest(organisation, tool, submission.title().trim(), submission.description().trim(),
        submission.localNeed().trim(), submission.requestedBy(), clock.instant(), processInstanceId));
  }

  /** Union staff's estimate: workload by half days (at least 0.5), benefit, and the other Users named. */
  @Transactional
  public AdaptationRequest estimate(Long requestId, Object workloadDays, Object benefit, String beneficiaries) {
    AdaptationRequest request = get(requestId);
    Estimate estimate = checkedEstimate(request, workloadDays, benefit, beneficiaries);
    request.estimate(estimate.workload(), estimate.benefit(), estimate.named());
    return request;
  }

  record Estimate(BigDecimal workload, Benefit benefit, List<Organisation> named) {}

  /** The estimate task's answer checked as {@link #estimate} will record it: a refusal names what is wrong. */
  @Transactional(readOnly = true)
  public void checkEstimate(Long requestId, Object workloadDays, Object benefit, String beneficiaries) {
    checkedEstimate(get(requestId), workloadDays, benefit, beneficiaries);
  }

  private Estimate checkedEstimate(AdaptationRequest request, Object workloadDays, Object benefit, String beneficiaries) {
    BigDecimal workload = AdaptationRules.workload(workloadDays);
    Benefit level = Benefit.parse(benefit);
    List<Organisation> named = new ArrayList<>();
    for (String tenant : AdaptationRules.beneficiaryTenants(beneficiaries)) {
      Organisation organisation = organisations.findByTenantId(tenant)
          .orElseThrow(() -> new BadInput("Aucune organisation ne correspond à « " + tenant + " »."));
      if (!organisation.getId().equals(request.getOrganisation().getId())) {
        named.add(organisation);
      }
    }
    if (level == Benefit.NONE && !named.isEmpty()) {
      throw new BadInput("Vous nommez des organisations qui en profiteraient : le profit ne peut pas être « aucun ».");
    }
    return new Estimate(workload, level, named);
  }

  /** Applies the outcome of the decision table; the reason is the rule's annotation in the table. */
  @Transactional
  public AdaptationRequest applyTableOutcome(Long requestId, TableOutcome outcome, String ruleReason) {
    AdaptationRequest request = get(requestId);
    String reason = tableReason(request, outcome, ruleReason);
    switch (outcome) {
      case ACCEPT -> request.accept(outcome, reason, null, clock.instant(), AdaptationRules.dueDate(today(), request.getWorkloadDays()));
      case REFUSE -> request.refuse(outcome, reason, null, clock.instant());
      case ESCALATE -> request.escalate(reason, clock.instant());
    }
    return request;
  }

  /** Union management decides an escalated request, with the reason the User will read. */
  @Transactional
  public AdaptationRequest arbitrate(Long requestId, String decision, String reason, String decidedBy) {
    AdaptationRequest request = get(requestId);
    AdaptationRules.checkArbitration(decision, reason);
    if ("ACCEPT".equals(decision)) {
      request.accept(TableOutcome.ESCALATE, reason.trim(), decidedBy, clock.instant(), AdaptationRules.dueDate(today(), request.getWorkloadDays()));
    } else if ("REFUSE".equals(decision)) {
      request.refuse(TableOutcome.ESCALATE, reason.trim(), decidedBy, clock.instant());
    } else {
      throw new BadInput("Choisissez d'accepter ou de refuser l'adaptation.");
    }
    return request;
  }

  /** The spaces the adaptation goes to: the requester's, and those of the Users named who have the Tool. */
  @Transactional(readOnly = true)
  public List<Long> deliveryTargets(Long requestId) {
    AdaptationRequest request = get(requestId);
    List<Long> targets = new ArrayList<>();
    targets.add(request.getOrganisation().getId());
    if (request.getBenefit() != Benefit.NONE) {
      for (Organisation other : request.getBeneficiaries()) {
        spaces.findByOrganisationId(other.getId())
            .filter(space -> space.getState() != SpaceState.DELETED && installer.isInstalled(space, request.getTool()))
            .ifPresent(space -> targets.add(other.getId()));
      }
    }
    return targets;
  }

  /** Delivers the adaptation package into one organisation's space by re-installing the Tool with it. Idempotent. */
  @Transactional
  public ToolInstallation deliverTo(Long requestId, Long organisationId, String packageReference) {
    AdaptationRequest request = get(requestId);
    String reference = FormValues.requiredText(packageReference, "le paquet d'adaptation", 60).trim();
    SecureSpace space = spaces.findByOrganisationId(organisationId)
        .orElseThrow(() -> new ProvisioningException("L'organisation " + organisationId + " n'a pas d'espace sécurisé."));
    InstalledAdaptation installed = installedAdaptations.findByAdaptationRequestIdAndSpaceId(requestId, space.getId())
        .orElseGet(() -> new InstalledAdaptation(requestId, space.getId(), request.getTool().getId(), reference, clock.instant()));
    installed.redelivered(reference, clock.instant());
    installedAdaptations.saveAndFlush(installed);
    // Same version as installed there: a space still waiting for a rollout keeps its version.
    String version = installer.installedVersion(space, request.getTool()).orElse(request.getTool().getCurrentVersion());
    return installer.install(space, request.getTool(), version);
  }

  @Transactional
  public AdaptationRequest markDelivered(Long requestId, String packageReference, String notes) {
    AdaptationRequest request = get(requestId);
    AdaptationRules.checkDelivery(packageReference, notes);
    request.delivered(packageReference.trim(), notes.trim(), clock.instant());
    return request;
  }

  /** The User's answer: CONFIRM closes the request, REOPEN (with a reason) sends it back to the maintenance team. */
  @Transactional
  public AdaptationRequest recordFeedback(Long requestId, String response, String reopenReason) {
    AdaptationRequest request = get(requestId);
    AdaptationRules.checkFeedback(response, reopenReason);
    if ("CONFIRM".equals(response)) {
      request.confirm(clock.instant());
    } else {
      request.reopen(reopenReason.trim(), AdaptationRules.reworkDueDate(today()));
    }
    return request;
  }

  @Transactional(readOnly = true)
  public AdaptationRequest get(Long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new NotFound("Demande d'adaptation " + requestId + " introuvable."));
  }

  /** User ids of the organisation's signatories, comma-separated (candidate users of the confirmation task). */
  @Transactional(readOnly = true)
  public String signatoryUserIds(Long organisationId) {
    return organisations.findById(organisationId).map(o -> String.join(",", o.getSignatories().stream().map(Signatory::getUserId).toList()))
        .orElse("");
  }

  void requireSignatoryOrUnionStaff(String userId, Organisation organisation) {
    if (userId == null || userId.isBlank()) {
      throw new BadInput("Le demandeur est inconnu : connectez-vous pour soumettre une demande.");
    }
    boolean signsForIt = signatories.findByUserId(userId).map(s -> s.getOrganisation().getId().equals(organisation.getId())).orElse(false);
    boolean unionStaff = identityService.createGroupQuery().groupMember(userId).groupIdIn(Groups.UNION_STAFF, Groups.ADMIN).count() > 0;
    if (!signsForIt && !unionStaff) {
      throw new be.uvcw.convention.error.Forbidden(
          "Seuls les signataires de " + organisation.getName() + " ou les services de l'Union peuvent introduire cette demande.");
    }
  }

  private String tableReason(AdaptationRequest request, TableOutcome outcome, String ruleReason) {
    String facts = "Charge estimée : " + FrenchText.number(request.getWorkloadDays())
        + " jour(s)-personne ; profit pour d'autres Utilisateurs : " + request.getBenefit().label() + ".";
    String rule = ruleReason == null || ruleReason.isBlank() ? "Demande " + outcome.label() + " selon la table de décision de l'Union." : ruleReason.trim();
    return rule + " " + facts;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Organisations named by tenant id, for the form's read-only summary. */
  static String names(Set<Organisation> organisations) {
    return String.join(", ", organisations.stream().map(Organisation::getName).toList());
  }
}
