package be.uvcw.convention.help;

import be.uvcw.convention.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import lombok.Getter;

/** One participant of a User registered for a training session. */
@Entity
@Getter
public class TrainingRegistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private TrainingSession session;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Organisation organisation;

  private String participantName;
  private String participantEmail;
  private String registeredBy;
  private Instant registeredAt;

  protected TrainingRegistration() {}

  public TrainingRegistration(TrainingSession session, Organisation organisation, String participantName, String participantEmail,
      String registeredBy, Instant registeredAt) {
    this.session = session;
    this.organisation = organisation;
    this.participantName = participantName;
    this.participantEmail = participantEmail;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }
}
