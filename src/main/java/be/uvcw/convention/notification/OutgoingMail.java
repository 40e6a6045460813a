package be.uvcw.convention.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The journal copy of one e-mail sent (or attempted) by the application. */
@Entity
public class OutgoingMail {

  public enum Status { SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant createdAt;
  private String recipient;
  private String subject;
  private String body;
  private String attachmentNames;
  private Long organisationId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status;

  private String error;

  protected OutgoingMail() {}

  OutgoingMail(Instant createdAt, String recipient, String subject, String body, String attachmentNames,
      Long organisationId, Status status, String error) {
    this.createdAt = createdAt;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.attachmentNames = attachmentNames;
    this.organisationId = organisationId;
    this.status = status;
    this.error = error;
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getAttachmentNames() {
    return attachmentNames;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public Status getStatus() {
    return status;
  }

  public String getError() {
    return error;
  }
}
