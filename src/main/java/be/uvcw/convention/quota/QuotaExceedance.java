package be.uvcw.convention.quota;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;

/** One crossing of a space's quota (art. 6.3), from its detection to the maintenance team's actions. */
@Entity
@Getter
public class QuotaExceedance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long spaceId;
  private Long organisationId;
  private Instant detectedAt;
  private long usedBytes;
  private String actionsTaken;
  private String handledBy;
  private Instant handledAt;

  protected QuotaExceedance() {}

  QuotaExceedance(Long spaceId, Long organisationId, long usedBytes, Instant detectedAt) {
    this.spaceId = spaceId;
    this.organisationId = organisationId;
    this.usedBytes = usedBytes;
    this.detectedAt = detectedAt;
  }

  /** Recorded once: a repeated step (retried job) leaves the first record. */
  void handled(String actionsTaken, String handledBy, Instant handledAt) {
    if (this.handledAt != null) {
      return;
    }
    this.actionsTaken = actionsTaken;
    this.handledBy = handledBy;
    this.handledAt = handledAt;
  }
  public boolean isOpen() { return handledAt == null; }
}
