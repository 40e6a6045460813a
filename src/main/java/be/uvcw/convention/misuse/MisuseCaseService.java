package be.uvcw.convention.misuse;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.provisioning.ServerAccess;
import be.uvcw.convention.notification.UserMails;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 6.11: according to the facts, the Union warns the User, may suspend access to the Server
 * (the convention and its billing go on), may inform the judicial authorities, and may lift the
 * suspension. Each step is an event on the case, on the convention's record.
 */
@Service
@RequiredArgsConstructor
public class MisuseCaseService {

  public static final String PROCESS_KEY = MisuseCaseProcess.KEY;

  private final MisuseCaseRepository cases;
  private final MisuseCaseEventRepository events;
  private final ConventionRepository conventions;
  private final ServerAccess serverAccess;
  private final UserMails userMails;
  private final MisuseCaseProcess process;
  private final Clock clock;

  /** REST path: opens the case and starts its process, in the organisation's tenant. */
  @Transactional
  public MisuseCase openAndFollowUp(Long conventionId, String facts, String openedBy) {
    MisuseCase misuseCase = open(conventionId, facts, openedBy);
    Convention convention = conventions.getReferenceById(conventionId);
    Map<String, Object> variables = new HashMap<>();
    MisuseCaseVariables.MISUSE_CASE_ID.putIn(variables, misuseCase.getId());
    MisuseCaseVariables.CONVENTION_ID.putIn(variables, conventionId);
    MisuseCaseVariables.ORGANISATION_ID.putIn(variables, convention.getOrganisation().getId());
    MisuseCaseVariables.TENANT_ID.putIn(variables, convention.getOrganisation().getTenantId());
    MisuseCaseVariables.FACTS.putIn(variables, facts);
    MisuseCaseVariables.OPENED_BY.putIn(variables, openedBy);
    process.start(misuseCase.getId(), variables);
    return misuseCase;
  }

  @Transactional
  public MisuseCase open(Long conventionId, String facts, String openedBy) {
    Convention convention = conventions.findById(conventionId)
        .orElseThrow(() -> new NotFound("Convention " + conventionId + " introuvable."));
    if (convention.getStatus() != ConventionStatus.ACTIVE) {
      throw new Conflict("La convention " + conventionId + " n'est pas active : aucun dossier d'usage abusif ne peut être ouvert.");
    }
    if (facts == null || facts.isBlank()) {
      throw new BadInput("Les faits constatés sont obligatoires.");
    }
    if (facts.length() > 4000) {
      throw new BadInput("Les faits constatés comptent au plus 4000 caractères.");
    }
    MisuseCase misuseCase = cases.saveAndFlush(new MisuseCase(conventionId, facts.trim(), openedBy, clock.instant()));
    record(misuseCase, MisuseCaseEvent.Type.OPENED, openedBy, facts.trim());
    return misuseCase;
  }

  @Transactional
  public void attachProcess(Long caseId, String processInstanceId) {
    misuseCase(caseId).attachProcess(processInstanceId);
  }

  /** The first measure, always: the User is warned of the misuse found (sent once per case). */
  @Transactional
  public void warn(Long caseId) {
    MisuseCase misuseCase = misuseCase(caseId);
    if (events.existsByMisuseCaseIdAndType(caseId, MisuseCaseEvent.Type.WARNED)) {
      return;
    }
    Convention convention = conventions.getReferenceById(misuseCase.getConventionId());
    userMails.tell(convention.getOrganisation(), "Avertissement : usage abusif du Serveur CommunesPlone",
        "L'Union a constaté un usage abusif des services offerts par la convention d'accès au Serveur CommunesPlone "
            + "(art. 6.10 et 6.11) :\n\n" + misuseCase.getFacts() + "\n\n"
            + "Selon la gravité des faits, l'Union peut suspendre les droits d'accès au Serveur et, le cas échéant, "
            + "informer les autorités judiciaires. Vous êtes tenu de collaborer à l'identification des responsables.");
    record(misuseCase, MisuseCaseEvent.Type.WARNED, null, "Avertissement envoyé à l'Utilisateur.");
  }

  /** Access to the Server is suspended; the convention stays ACTIVE and billed. */
  @Transactional
  public void suspend(Long caseId, String decidedBy, String note) {
    MisuseCase misuseCase = misuseCase(caseId);
    if (misuseCase.isSuspended()) {
      return;
    }
    Convention convention = conventions.getReferenceById(misuseCase.getConventionId());
    serverAccess.suspend(convention.getOrganisation().getId());
    misuseCase.suspend();
    record(misuseCase, MisuseCaseEvent.Type.SUSPENDED, decidedBy, note);
    userMails.tell(convention.getOrganisation(), "Suspension de votre accès au Serveur CommunesPlone",
        "En application de l'article 6.11 de la convention, l'Union a suspendu vos droits d'accès au Serveur. "
            + "La convention reste en vigueur et continue d'être facturée. Vous serez informé de la levée de la suspension.");
  }

  @Transactional
  public void lift(Long caseId, String decidedBy, String note) {
    MisuseCase misuseCase = misuseCase(caseId);
    if (!misuseCase.isSuspended()) {
      return;
    }
    Convention convention = conventions.getReferenceById(misuseCase.getConventionId());
    serverAccess.restore(convention.getOrganisation().getId());
    misuseCase.lift();
    record(misuseCase, MisuseCaseEvent.Type.LIFTED, decidedBy, note);
    userMails.tell(convention.getOrganisation(), "Levée de la suspension de votre accès",
        "L'Union a levé la suspension de vos droits d'accès au Serveur CommunesPlone : vous avez de nouveau accès à vos Outils.");
  }

  @Transactional
  public void reportToJudicialAuthorities(Long caseId, LocalDate date, String reference, String decidedBy) {
    if (date == null) {
      throw new BadInput("La date du signalement aux autorités judiciaires est obligatoire.");
    }
    if (reference == null || reference.isBlank()) {
      throw new BadInput("La référence du signalement aux autorités judiciaires est obligatoire.");
    }
    if (date.isAfter(LocalDate.now(clock))) {
      throw new BadInput("La date du signalement (" + FrenchText.date(date) + ") ne peut pas être dans le futur.");
    }
    MisuseCase misuseCase = misuseCase(caseId);
    misuseCase.reportToJudicialAuthorities(date, reference.trim());
    record(misuseCase, MisuseCaseEvent.Type.REPORTED, decidedBy,
        "Signalement aux autorités judiciaires le " + FrenchText.date(date) + ", référence " + reference.trim() + ".");
  }

  /** Closing lifts any suspension still in force: a closed case never leaves a space locked. */
  @Transactional
  public void close(Long caseId, String decidedBy, String note) {
    MisuseCase misuseCase = misuseCase(caseId);
    if (misuseCase.getState() == MisuseCase.State.CLOSED) {
      return;
    }
    if (misuseCase.isSuspended()) {
      lift(caseId, decidedBy, "Levée à la clôture du dossier.");
    }
    misuseCase.close(clock.instant());
    record(misuseCase, MisuseCaseEvent.Type.CLOSED, decidedBy, note);
  }

  @Transactional(readOnly = true)
  public MisuseCase misuseCase(Long caseId) {
    return cases.findById(caseId)
        .orElseThrow(() -> new NotFound("Dossier d'usage abusif " + caseId + " introuvable."));
  }

  @Transactional(readOnly = true)
  public List<MisuseCase> casesOf(Long conventionId) {
    return cases.findByConventionIdOrderByOpenedAt(conventionId);
  }

  @Transactional(readOnly = true)
  public List<MisuseCaseEvent> eventsOf(Long caseId) {
    return events.findByMisuseCaseIdOrderById(caseId);
  }

  private void record(MisuseCase misuseCase, MisuseCaseEvent.Type type, String actor, String note) {
    events.save(new MisuseCaseEvent(misuseCase.getId(), clock.instant(), type, actor, note));
  }
}
