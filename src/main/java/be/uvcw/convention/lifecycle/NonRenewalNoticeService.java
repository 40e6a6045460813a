package be.uvcw.convention.lifecycle;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.notification.UserMails;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Non-renewal letters (art. 8): registered by Union staff, judged against the deadline, and on
 * time correlated to the convention's lifecycle as the message « PreavisAccepte ».
 */
@Service
@RequiredArgsConstructor
public class NonRenewalNoticeService {

  public static final String PROCESS_KEY = NonRenewalNoticeProcess.KEY;

  private final ConventionRepository conventions;
  private final NonRenewalNoticeRepository notices;
  private final UserMails userMails;
  private final NonRenewalNoticeProcess process;
  private final Clock clock;
  private final ConventionLifecycleProcess lifecycle;

  /** REST path: registers the letter (with its scan) and starts the process that tells the User. */
  @Transactional
  public NonRenewalNotice registerAndFollowUp(Long conventionId, NoticeLetter letter, String registeredBy) {
    NonRenewalNotice notice = register(conventionId, letter, registeredBy);
    Convention convention = conventions.getReferenceById(conventionId);
    Map<String, Object> variables = new HashMap<>();
    NonRenewalNoticeVariables.NOTICE_ID.putIn(variables, notice.getId());
    NonRenewalNoticeVariables.CONVENTION_ID.putIn(variables, conventionId);
    NonRenewalNoticeVariables.ORGANISATION_ID.putIn(variables, convention.getOrganisation().getId());
    NonRenewalNoticeVariables.TENANT_ID.putIn(variables, convention.getOrganisation().getTenantId());
    NonRenewalNoticeVariables.REGISTERED_BY.putIn(variables, registeredBy);
    process.start(notice.getId(), variables);
    return notice;
  }

  /** Judges and records the letter; an accepted one sets the convention's end date. */
  @Transactional
  public NonRenewalNotice register(Long conventionId, NoticeLetter letter, String registeredBy) {
    Convention convention = conventions.findById(conventionId)
        .orElseThrow(() -> new NotFound("Convention " + conventionId + " introuvable."));
    LocalDate today = LocalDate.now(clock);
    if (convention.getStatus() != ConventionStatus.ACTIVE) {
      throw new Conflict("La convention " + conventionId + " est « " + convention.getStatus().label()
          + " » : aucune lettre de non-reconduction ne peut être enregistrée.");
    }
    if (convention.getEndDate() != null) {
      throw new Conflict("La convention " + conventionId + " prend déjà fin le "
          + FrenchText.date(convention.getEndDate()) + " : une seconde lettre de non-reconduction ne peut pas être enregistrée.");
    }
    if (letter.receivedOn().isAfter(today)) {
      throw new BadInput("La date de réception (" + FrenchText.date(letter.receivedOn())
          + ") ne peut pas être dans le futur.");
    }
    if (letter.receivedOn().isBefore(convention.getSignatureDate())) {
      throw new BadInput("La date de réception (" + FrenchText.date(letter.receivedOn())
          + ") précède la signature de la convention (" + FrenchText.date(convention.getSignatureDate()) + ").");
    }
    NonRenewalRules.Decision decision = NonRenewalRules.judge(convention.dates(), letter.receivedOn());
    if (decision.accepted() && !decision.renewalDate().isAfter(today)) {
      throw new Conflict("La lettre reçue le " + FrenchText.date(letter.receivedOn())
          + " concernait la reconduction du " + FrenchText.date(decision.renewalDate())
          + ", déjà intervenue : la convention ne peut plus prendre fin avant son terme en cours. Contactez la direction.");
    }
    if (decision.accepted()) {
      convention.setEndDate(decision.endDate());
    }
    return notices.saveAndFlush(new NonRenewalNotice(conventionId, letter, registeredBy, clock.instant(), decision));
  }

  /** The accepted letter reaches the lifecycle, which will end the convention the day after its end date. */
  @Transactional
  public void signalLifecycle(Long noticeId) {
    NonRenewalNotice notice = notice(noticeId);
    lifecycle.noticeAccepted(notice.getConventionId(), notice.getEndDate());
  }

  @Transactional
  public void tellAccepted(Long noticeId) {
    NonRenewalNotice notice = notice(noticeId);
    Convention convention = conventions.getReferenceById(notice.getConventionId());
    userMails.tell(convention.getOrganisation(), "Votre demande de non-reconduction est acceptée",
        "Nous avons bien reçu le " + FrenchText.date(notice.getReceivedOn()) + " votre lettre du "
            + FrenchText.date(notice.getLetterDate()) + " (réf. " + notice.getReference() + "). " + notice.getReason()
            + " Votre espace sécurisé passera ensuite en lecture seule, puis sera supprimé au terme du délai de conservation.");
  }

  @Transactional
  public void tellRefused(Long noticeId) {
    NonRenewalNotice notice = notice(noticeId);
    Convention convention = conventions.getReferenceById(notice.getConventionId());
    userMails.tell(convention.getOrganisation(), "Votre demande de non-reconduction ne peut pas être acceptée",
        "Nous avons bien reçu le " + FrenchText.date(notice.getReceivedOn()) + " votre lettre du "
            + FrenchText.date(notice.getLetterDate()) + " (réf. " + notice.getReference() + "). " + notice.getReason());
  }

  @Transactional(readOnly = true)
  public NonRenewalNotice notice(Long noticeId) {
    return notices.findById(noticeId)
        .orElseThrow(() -> new NotFound("Lettre de non-reconduction " + noticeId + " introuvable."));
  }
}
