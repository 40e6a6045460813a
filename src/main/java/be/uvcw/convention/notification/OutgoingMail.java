package be.uvcw.convention.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * One e-mail of the outbox, which is also the mail journal: queued in the transaction of the change
 * that causes it (PENDING), claimed by a sender (SENDING), then SENT, or FAILED when the SMTP
 * server refused it for good or every attempt failed. Written by {@link MailService} and
 * {@link MailOutbox} (plain SQL); read here.
 */
@Entity
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
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

  /** The text as sent: may hold a personal link, so what staff read goes through the journal's masking. */

  /** The last failure (kept while the mail waits for its next attempt, and when it FAILED). */
}
