package be.uvcw.convention.maintenance;

import be.uvcw.convention.error.Conflict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** A person of the Équipe de maintenance (art. 5): rights only once the Charter is signed. */
@Entity
@Getter
public class MaintenanceMember {

  public enum Status { PROPOSED, ACTIVE, REVOKED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String userId;
  private String fullName;
  private String email;
  private String organisationName;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String proposedBy;
  private Instant proposedAt;
  private LocalDate charterSignedOn;
  private String revokedBy;
  private Instant revokedAt;
  private String processInstanceId;

  protected MaintenanceMember() {}

  public MaintenanceMember(String userId, String fullName, String email, String organisationName, String proposedBy, Instant proposedAt,
      String processInstanceId) {
    this.userId = userId;
    this.fullName = fullName;
    this.email = email;
    this.organisationName = organisationName;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.processInstanceId = processInstanceId;
    this.status = Status.PROPOSED;
  }

  public void signCharter(LocalDate signedOn) {
    if (status != Status.PROPOSED) {
      throw new Conflict("La proposition de " + fullName + " n'est plus en attente de signature.");
    }
    this.charterSignedOn = signedOn;
    this.status = Status.ACTIVE;
  }

  public void revoke(String revokedBy, Instant now) {
    if (status == Status.REVOKED) {
      return;
    }
    this.status = Status.REVOKED;
    this.revokedBy = revokedBy;
    this.revokedAt = now;
  }
}
