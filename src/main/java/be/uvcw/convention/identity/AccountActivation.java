package be.uvcw.convention.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A one-time link through which a person sets their own password. */
@Entity
public class AccountActivation {

  public enum Purpose { SIGNATORY_ACCOUNT, SPACE_ACCESS }

  @Id
  private String token;

  private String userId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected AccountActivation() {}

  AccountActivation(String token, String userId, Purpose purpose, Instant createdAt, Instant expiresAt) {
    this.token = token;
    this.userId = userId;
    this.purpose = purpose;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  boolean used() {
    return usedAt != null;
  }

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  void markUsed(Instant now) {
    this.usedAt = now;
  }

  public String getToken() {
    return token;
  }

  public String getUserId() {
    return userId;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
