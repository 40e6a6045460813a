package be.uvcw.convention.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;

/**
 * A one-time link through which a person sets their own password. Only the SHA-256 of the token
 * is stored (AccessTokens): the token itself exists only in the mail to the person.
 */
@Entity
@Getter
public class AccountActivation {

  /** Why the link was sent: the invitation to sign, a reminder, the access information, or staff's resend. */
  public enum Purpose { SIGNATORY_ACCOUNT, SIGNATURE_INVITATION, REMINDER, SPACE_ACCESS, ACCESS_LINK }

  @Id
  private String tokenHash;

  private String userId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;
  private Instant revokedAt;

  protected AccountActivation() {}

  AccountActivation(String tokenHash, String userId, Purpose purpose, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.purpose = purpose;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean used() {
    return usedAt != null;
  }

  boolean revoked() {
    return revokedAt != null;
  }

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  void markUsed(Instant now) {
    this.usedAt = now;
  }
}
