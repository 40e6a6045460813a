package be.uvcw.convention.onboarding;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRepository;
import be.uvcw.convention.organisation.SignatoryRole;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records membership requests (item 5 of issue 2): the organisation, its entity and signatories,
 * their accounts, and a convention under review with the Tools wanted. One code path: the REST
 * call starts process {@code onboarding} with the request, and its task « Enregistrer la demande »
 * records it, exactly as when staff fill the start form in Tasklist.
 */
@Service
@RequiredArgsConstructor
public class MembershipRequestService {

  public static final String PROCESS_KEY = OnboardingProcess.KEY;
  static final Set<ConventionStatus> OPEN = Set.of(ConventionStatus.UNDER_REVIEW, ConventionStatus.AWAITING_SIGNATURES, ConventionStatus.ACTIVE);

  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final SignatoryRepository signatories;
  private final ToolRepository tools;
  private final ConventionRepository conventions;
  private final AccountService accounts;
  private final IdentityService identityService;
  private final OnboardingProcess process;
  private final Clock clock;

  /** What a recorded request gives the process. */
  public record RecordedRequest(Long conventionId, Long organisationId, String tenantId, String organisationName,
      String requesterEmail, String presidentUserId, String secretaryUserId, String firstSignatoryRole,
      String secondSignatoryRole, List<String> toolCodes) {}

  /** An invalid request keeps its tenant (fixed at its start) visible to staff, even for a new organisation. */
  public void keepVisibleToStaff(String tenantId, String organisationName) {
    if (tenantId != null) {
      afterEngineCommand(() -> accounts.ensureTenant(tenantId, organisationName));
    }
  }

  /** What POST /api/membership-requests answers. */
  public record RegisteredRequest(Long conventionId, Long organisationId, String tenantId, String processInstanceId,
      String presidentUserId, String secretaryUserId) {}

  /**
   * Registers a request from the API: checks it completely (400 with every field error, 409 when
   * the organisation already has an open convention), then starts {@code onboarding}, whose first
   * task records it. All in one transaction: an error leaves nothing behind.
   */
  @Transactional
  public RegisteredRequest register(MembershipRequest request) {
    check(request);
    EnterpriseNumber number = EnterpriseNumber.parse(request.enterpriseNumber());
    Map<String, Object> variables = requestVariables(request);
    OnboardingVariables.TENANT_ID.putIn(variables, Organisation.tenantIdFor(number));
    ProcessInstance instance = process.start(variables);
    Convention convention = conventions.findByProcessInstanceId(instance.getId()).orElseThrow(() ->
        new IllegalStateException("La demande n'a pas pu être enregistrée par le processus " + instance.getId() + "."));
    Organisation organisation = convention.getOrganisation();
    OrganisationType type = organisation.getType();
    return new RegisteredRequest(convention.getId(), organisation.getId(), organisation.getTenantId(), instance.getId(),
        organisation.signatory(type.firstSignatory()).map(Signatory::getUserId).orElseThrow(),
        organisation.signatory(type.secondSignatory()).map(Signatory::getUserId).orElseThrow());
  }

  /** The request's fields as process variables (form keys), the Tools as a JSON-serialisable list. */
  public static Map<String, Object> requestVariables(MembershipRequest request) {
    Map<String, Object> variables = new LinkedHashMap<>();
    OnboardingVariables.ORGANISATION_NAME.putIn(variables, request.organisationName());
    OnboardingVariables.ENTERPRISE_NUMBER.putIn(variables, request.enterpriseNumber());
    OnboardingVariables.ORGANISATION_TYPE.putIn(variables, request.organisationType());
    OnboardingVariables.MUNICIPALITY_NAME.putIn(variables, request.municipalityName());
    OnboardingVariables.STREET.putIn(variables, request.street());
    OnboardingVariables.POSTAL_CODE.putIn(variables, request.postalCode());
    OnboardingVariables.CITY.putIn(variables, request.city());
    OnboardingVariables.BILLING_EMAIL.putIn(variables, request.billingEmail());
    OnboardingVariables.FIRST_SIGNATORY_NAME.putIn(variables, request.firstSignatoryName());
    OnboardingVariables.FIRST_SIGNATORY_EMAIL.putIn(variables, request.firstSignatoryEmail());
    OnboardingVariables.SECOND_SIGNATORY_NAME.putIn(variables, request.secondSignatoryName());
    OnboardingVariables.SECOND_SIGNATORY_EMAIL.putIn(variables, request.secondSignatoryEmail());
    OnboardingVariables.TOOL_CODES.putIn(variables, request.toolCodes());
    OnboardingVariables.REQUESTER_EMAIL.putIn(variables, request.requesterEmail());
    return variables;
  }

  /**
   * Everything that can be said against the request before saving anything: field errors
   * (InvalidMembershipRequestException) or an open convention (OpenConventionExistsException).
   */
  // Nothing is written before these are thrown: the caller's transaction (the engine's) must not be marked rollback-only.
  @Transactional(readOnly = true, noRollbackFor = {InvalidMembershipRequestException.class, OpenConventionExistsException.class})
  public void check(MembershipRequest request) {
    Set<String> catalog = tools.findAll().stream().map(Tool::getCode).collect(Collectors.toSet());
    Map<String, String> errors = MembershipRequestValidator.validate(request, catalog);
    if (!errors.isEmpty()) {
      throw new InvalidMembershipRequestException(errors);
    }
    EnterpriseNumber number = EnterpriseNumber.parse(request.enterpriseNumber());
    OrganisationType type = MembershipRequestValidator.parseType(request.organisationType());
    Optional<Organisation> known = organisations.findByEnterpriseNumber(number);
    if (known.isPresent()) {
      Organisation organisation = known.get();
      if (organisation.getType() != type) {
        throw InvalidMembershipRequestException.of("organisationType", "Type d'organisation : le numéro d'entreprise "
            + number.formatted() + " est celui de « " + organisation.getName() + " », enregistré comme " + organisation.getType().label() + ".");
      }
      Optional<Convention> open = conventions.findFirstByOrganisationAndStatusIn(organisation, OPEN);
      if (open.isPresent()) {
        Convention convention = open.get();
        throw new OpenConventionExistsException("« " + organisation.getName() + " » a déjà une convention « "
            + convention.getStatus().label() + " » (n° " + convention.getId() + ") : une nouvelle demande n'est possible "
            + "qu'une fois celle-ci refusée, annulée, expirée ou terminée.");
      }
    } else {
      municipalities.findByNameIgnoreCase(request.municipalityName().trim())
          .flatMap(municipality -> organisations.findByMunicipalityAndType(municipality, type))
          .ifPresent(other -> {
            throw InvalidMembershipRequestException.of("enterpriseNumber", "Numéro d'entreprise : l'entité "
                + request.municipalityName().trim() + " a déjà " + (type == OrganisationType.CPAS ? "un CPAS" : "une Administration communale")
                + " enregistré(e) sous le numéro " + other.getEnterpriseNumber().formatted() + " (« " + other.getName() + " »).");
          });
    }
  }

  /**
   * Records a checked request for the process instance that carries it: finds or creates the
   * entity, the organisation (by enterprise number) and its two signatories, creates the convention
   * under review with its Tools, and the tenant and signatory accounts.
   */
  @Transactional(noRollbackFor = {InvalidMembershipRequestException.class, OpenConventionExistsException.class})
  public RecordedRequest record(MembershipRequest request, String processInstanceId) {
    check(request);
    EnterpriseNumber number = EnterpriseNumber.parse(request.enterpriseNumber());
    OrganisationType type = MembershipRequestValidator.parseType(request.organisationType());
    Address address = new Address(request.street().trim(), request.postalCode().trim(), request.city().trim());
    Organisation organisation = organisations.findByEnterpriseNumber(number).orElse(null);
    if (organisation == null) {
      String entity = request.municipalityName().trim();
      Municipality municipality = municipalities.findByNameIgnoreCase(entity).orElseGet(() -> municipalities.save(new Municipality(entity)));
      organisation = new Organisation(municipality, type, request.organisationName().trim(), number, address, request.billingEmail().trim());
    } else {
      organisation.updateContact(request.organisationName().trim(), address, request.billingEmail().trim());
    }
    Set<String> reserved = new HashSet<>();
    Map<String, String> replacedBy = new LinkedHashMap<>();
    Signatory first = signatory(organisation, type.firstSignatory(), request.firstSignatoryName(), request.firstSignatoryEmail(), reserved, replacedBy);
    Signatory second = signatory(organisation, type.secondSignatory(), request.secondSignatoryName(), request.secondSignatoryEmail(), reserved, replacedBy);
    organisation = organisations.saveAndFlush(organisation);

    Set<Tool> wanted = new LinkedHashSet<>(tools.findByCodeIn(request.toolCodes()));
    Convention convention = new Convention(organisation, request.requesterEmail().trim(), wanted, clock.instant());
    convention.attachProcess(processInstanceId);
    convention = conventions.saveAndFlush(convention);

    Organisation recorded = organisation;
    afterEngineCommand(() -> {
      accounts.ensureTenant(recorded);
      accounts.ensureSignatoryAccount(first);
      accounts.ensureSignatoryAccount(second);
      // A replaced signatory loses the organisation: tenant, group, links; their open tasks go to their successor.
      replacedBy.forEach((former, successor) -> accounts.retireSignatory(former, recorded.getTenantId(), successor));
    });
    List<String> toolCodes = wanted.stream().map(Tool::getCode).toList();
    return new RecordedRequest(convention.getId(), organisation.getId(), organisation.getTenantId(), organisation.getName(),
        convention.getRequesterEmail(), first.getUserId(), second.getUserId(), first.getRole().label(),
        second.getRole().label(), toolCodes);
  }

  /**
   * The tenant and the accounts, in the same transaction as the request. Called from a delegate, the
   * identity calls would share the engine's command context, whose queries do not see what was
   * saved earlier in it (each "ensure" would create the tenant again): they run just before the
   * transaction commits, once the engine's command is done, each in its own command. They run as
   * the system: registering a request (allowed to staff) is what creates these accounts.
   */
  private void afterEngineCommand(Runnable identityWork) {
    Runnable asSystem = () -> {
      Authentication caller = identityService.getCurrentAuthentication();
      identityService.clearAuthentication();
      try {
        identityWork.run();
      } finally {
        if (caller != null) {
          identityService.setAuthentication(caller);
        }
      }
    };
    if (Context.getCommandContext() != null && TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          asSystem.run();
        }
      });
    } else {
      asSystem.run();
    }
  }

  /** The same person (same e-mail) keeps their account; a new person in the role gets a new one. */
  private Signatory signatory(Organisation organisation, SignatoryRole role, String fullName, String email, Set<String> reserved,
      Map<String, String> replacedBy) {
    String name = fullName.trim();
    String mail = email.trim();
    Optional<Signatory> current = organisation.signatory(role);
    if (current.isPresent() && current.get().getEmail().equalsIgnoreCase(mail)) {
      current.get().update(name, mail);
      reserved.add(current.get().getUserId());
      return current.get();
    }
    String userId = SignatoryUserIds.unique(name, candidate -> reserved.contains(candidate)
        || signatories.findByUserId(candidate).isPresent()
        || identityService.createUserQuery().userId(candidate).count() > 0);
    reserved.add(userId);
    if (current.isPresent()) {
      replacedBy.put(current.get().getUserId(), userId);
      current.get().replacePerson(name, mail, userId);
      return current.get();
    }
    return organisation.addSignatory(role, name, mail, userId);
  }
}
