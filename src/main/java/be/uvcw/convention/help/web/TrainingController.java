package be.uvcw.convention.help.web;

import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.help.TrainingRegistration;
import be.uvcw.convention.help.TrainingService;
import be.uvcw.convention.help.TrainingSession;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.organisation.OrganisationDirectory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Training sessions: Union staff announce, any signed-in person reads, a User's signatories register their people. */
@RestController
@RequiredArgsConstructor
public class TrainingController {

  private final TrainingService training;
  private final OrganisationDirectory organisations;
  private final CurrentUser currentUser;

  public record NewSession(String toolCode, String title, LocalDateTime startsAt, String place, Integer seats) {}

  public record SessionView(Long id, String toolCode, String toolName, String title, Instant startsAt, String place, int seats, long seatsLeft,
      String userGuideUrl) {}

  public record NewRegistration(Long organisationId, String participantName, String participantEmail) {}

  public record RegistrationView(Long id, Long sessionId, Long organisationId, String organisationName, String participantName,
      String participantEmail, Instant registeredAt) {
    static RegistrationView of(TrainingRegistration r) {
      return new RegistrationView(r.getId(), r.getSession().getId(), r.getOrganisation().getId(), r.getOrganisation().getName(),
          r.getParticipantName(), r.getParticipantEmail(), r.getRegisteredAt());
    }
  }

  @PostMapping("/api/training-sessions")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public SessionView announce(@RequestBody NewSession body) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    return view(training.announce(body.toolCode(), body.title(), body.startsAt(), body.place(), body.seats(), currentUser.userId()));
  }

  @GetMapping("/api/training-sessions")
  @Transactional(readOnly = true)
  public List<SessionView> upcoming() {
    currentUser.userId();
    return training.upcoming().stream().map(this::view).toList();
  }

  /** Not @Transactional: the trigger's refusal (full session) arrives here once the service's transaction rolled back. */
  @PostMapping("/api/training-sessions/{sessionId}/registrations")
  @ResponseStatus(HttpStatus.CREATED)
  public RegistrationView register(@PathVariable Long sessionId, @RequestBody NewRegistration body) {
    if (body.organisationId() == null) {
      throw new BadInput("Indiquez l'organisation du participant.");
    }
    var organisation = organisations.findById(body.organisationId())
        .orElseThrow(() -> new NotFound("Organisation " + body.organisationId() + " introuvable."));
    currentUser.requireAccessToTenant(organisation.getTenantId());
    TrainingRegistration registration;
    try {
      registration = training.register(sessionId, organisation.getId(), body.participantName(), body.participantEmail(), currentUser.userId());
    } catch (DataIntegrityViolationException e) {
      String cause = String.valueOf(e.getMostSpecificCause().getMessage());
      throw new Conflict(cause.contains("uq_training_registration_once_per_person")
          ? "Cette personne est déjà inscrite à cette séance." : "Cette séance de formation est complète.");
    }
    return new RegistrationView(registration.getId(), sessionId, organisation.getId(), organisation.getName(),
        registration.getParticipantName(), registration.getParticipantEmail(), registration.getRegisteredAt());
  }

  /** Union staff see every registration; a User's signatories see only their own people. */
  @GetMapping("/api/training-sessions/{sessionId}/registrations")
  @Transactional(readOnly = true)
  public List<RegistrationView> registrations(@PathVariable Long sessionId) {
    boolean union = currentUser.isUnion();
    var tenants = currentUser.tenantIds();
    return training.registrations(sessionId).stream()
        .filter(r -> union || tenants.contains(r.getOrganisation().getTenantId()))
        .map(RegistrationView::of).toList();
  }

  private SessionView view(TrainingSession s) {
    return new SessionView(s.getId(), s.getTool().getCode(), s.getTool().getName(), s.getTitle(), s.getStartsAt(), s.getPlace(), s.getSeats(),
        training.seatsLeft(s.getId()), s.getTool().getUserGuideUrl());
  }
}
