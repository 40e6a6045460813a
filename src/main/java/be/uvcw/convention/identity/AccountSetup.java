package be.uvcw.convention.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An account the application created with a random password nobody knows: until the person has
 * chosen their own (passwordChosenAt), invitations and reminders carry a fresh access link.
 */
@Entity
class AccountSetup {

  @Id
  private String userId;

  private Instant createdAt;
  private Instant passwordChosenAt;

  protected AccountSetup() {}

  AccountSetup(String userId, Instant createdAt) {
    this.userId = userId;
    this.createdAt = createdAt;
  }

  boolean waitsForPassword() {
    return passwordChosenAt == null;
  }

  void passwordChosen(Instant now) {
    if (passwordChosenAt == null) {
      passwordChosenAt = now;
    }
  }
}
