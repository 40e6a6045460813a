package be.uvcw.convention.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * One e-mail of the outbox, which is also the mail journal: queued in the transaction of the change
 * that causes it (PENDING), claimed by a sender (SENDING), then SENT, or FAILED when the SMTP
 * server refused it for good or every attempt failed. Written by {@link MailService} and
 * {@link MailOutbox} (plain SQL); read here.
 */
@Entity
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public class OutgoingMail {

  public enum Status { PENDING, SENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant createdAt;
  private String recipient;
  private String subject;
  private String body;
  private String attachmentNames;
  private Long organisationId;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String error;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant claimedUntil;
  private Instant sentAt;
  private String documentKind;
  private Long documentId;

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

  /** The text as sent: may hold a personal link, so what staff read goes through the journal's masking. */
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

  /** The last failure (kept while the mail waits for its next attempt, and when it FAILED). */
  public String getError() {
    return error;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getDocumentKind() {
    return documentKind;
  }

  public Long getDocumentId() {
    return documentId;
  }
}
