package be.uvcw.convention.provisioning;

import be.uvcw.convention.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import lombok.Getter;

/** The User's secure space on the Server (art. 3.1, art. 6.1), with its 3 GB quota (art. 6.3). */
@Entity
@Getter
public class SecureSpace {

  /** 3 gigaoctets, counted as 3 × 1024³ bytes (docs/decisions.md). */
  public static final long QUOTA_BYTES = 3L * 1024 * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  private Organisation organisation;

  private long quotaBytes;
  private long usedBytes;

  @Enumerated(EnumType.STRING)
  private SpaceState state;

  private String location;
  private Instant createdAt;
  private Instant updatedAt;

  protected SecureSpace() {}

  public SecureSpace(Organisation organisation, String location, Instant now) {
    this.organisation = organisation;
    this.location = location;
    this.quotaBytes = QUOTA_BYTES;
    this.state = SpaceState.ACTIVE;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void recordUsage(long usedBytes, Instant now) {
    this.usedBytes = usedBytes;
    this.updatedAt = now;
  }

  public void changeState(SpaceState state, Instant now) {
    this.state = state;
    this.updatedAt = now;
  }

  /** Used share of the quota, in percent (may exceed 100). */
  public double usedPercent() {
    return usedBytes * 100.0 / quotaBytes;
  }
}
