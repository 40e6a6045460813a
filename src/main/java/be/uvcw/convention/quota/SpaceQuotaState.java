package be.uvcw.convention.quota;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;

/** The last measurement of a space and whether it stands above 90% / 100%, so each crossing acts once. */
@Entity
@Getter
public class SpaceQuotaState {

  @Id
  private Long spaceId;

  private long usedBytes;
  private Instant measuredAt;
  private boolean aboveWarning;
  private boolean aboveQuota;
  private int warningsSent;

  protected SpaceQuotaState() {}

  SpaceQuotaState(Long spaceId) {
    this.spaceId = spaceId;
  }

  void record(long usedBytes, Instant measuredAt, QuotaRules.Assessment assessment) {
    this.usedBytes = usedBytes;
    this.measuredAt = measuredAt;
    this.aboveWarning = assessment.aboveWarning();
    this.aboveQuota = assessment.aboveQuota();
  }

  void warned() {
    this.warningsSent++;
  }
}
