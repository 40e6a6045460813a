package be.uvcw.convention.help;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.platform.FormValues;
import be.uvcw.convention.ConventionApplication;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions (art. 3.4): the Union announces them, Users register participants. A plain
 * API: nothing waits or escalates, so no process; the seat limit is a database trigger.
 */
@Service
@RequiredArgsConstructor
public class TrainingService {

  private static final ZoneId BRUSSELS = ZoneId.of(ConventionApplication.ZONE);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final TrainingSessionRepository sessions;
  private final TrainingRegistrationRepository registrations;
  private final ToolRepository tools;
  private final OrganisationRepository organisations;
  private final MailService mailService;
  private final MailTemplates templates;
  private final Clock clock;

  /** Plausibility: a session is announced at most this many years ahead (a mistyped year is refused). */
  static final int MAX_YEARS_AHEAD = 2;

  @Transactional
  public TrainingSession announce(String toolCode, String title, LocalDateTime startsAt, String place, Integer seats, String createdBy) {
    Tool tool = tools.findByCode(String.valueOf(toolCode)).orElseThrow(() -> new BadInput("Outil inconnu : « " + toolCode + " »."));
    if (startsAt == null) {
      throw new BadInput("Indiquez la date et l'heure de la séance.");
    }
    Instant start = startsAt.atZone(BRUSSELS).toInstant();
    if (!start.isAfter(clock.instant())) {
      throw new BadInput("La séance doit avoir lieu dans le futur.");
    }
    if (start.isAfter(clock.instant().atZone(BRUSSELS).plusYears(MAX_YEARS_AHEAD).toInstant())) {
      throw new BadInput("La séance ne peut pas être annoncée plus de " + MAX_YEARS_AHEAD
          + " ans à l'avance : vérifiez l'année saisie.");
    }
    if (seats == null || seats < 1 || seats > 500) {
      throw new BadInput("Le nombre de places doit être compris entre 1 et 500.");
    }
    return sessions.save(new TrainingSession(tool, FormValues.requiredText(title, "l'intitulé", 200), start, FormValues.requiredText(place, "le lieu", 300), seats,
        createdBy, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<TrainingSession> upcoming() {
    return sessions.findByStartsAtAfterOrderByStartsAtAsc(clock.instant());
  }

  /** Registers one participant; the database refuses a registration beyond the seats (answered 409). */
  @Transactional
  public TrainingRegistration register(Long sessionId, Long organisationId, String participantName, String participantEmail, String registeredBy) {
    TrainingSession session = session(sessionId);
    if (!session.getStartsAt().isAfter(clock.instant())) {
      throw new Conflict("Cette séance a déjà eu lieu.");
    }
    Organisation organisation = organisations.findById(organisationId)
        .orElseThrow(() -> new NotFound("Organisation " + organisationId + " introuvable."));
    String email = FormValues.requiredText(participantEmail, "l'adresse e-mail du participant", 254);
    if (!EMAIL.matcher(email).matches()) {
      throw new BadInput("Adresse e-mail invalide : « " + email + " ».");
    }
    TrainingRegistration registration = registrations.saveAndFlush(new TrainingRegistration(session, organisation,
        FormValues.requiredText(participantName, "le nom du participant", 200), email.toLowerCase(), registeredBy, clock.instant()));
    mailService.send(templates.mail("training-registration", email, organisation.getId(), Map.of(
        MailTemplates.RECIPIENT_NAME, registration.getParticipantName(),
        "title", session.getTitle(),
        "tool", session.getTool().getName(),
        "startsAt", session.getStartsAt().atZone(BRUSSELS).toLocalDateTime(),
        "place", session.getPlace(),
        "guide", String.valueOf(session.getTool().getUserGuideUrl()))));
    return registration;
  }

  @Transactional(readOnly = true)
  public long seatsLeft(Long sessionId) {
    return session(sessionId).getSeats() - registrations.countBySessionId(sessionId);
  }

  @Transactional(readOnly = true)
  public TrainingSession session(Long sessionId) {
    return sessions.findById(sessionId).orElseThrow(() -> new NotFound("Séance de formation " + sessionId + " introuvable."));
  }

  @Transactional(readOnly = true)
  public List<TrainingRegistration> registrations(Long sessionId) {
    return registrations.findBySessionIdOrderByRegisteredAtAsc(sessionId);
  }

}
