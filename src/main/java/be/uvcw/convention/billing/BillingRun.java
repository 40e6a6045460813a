package be.uvcw.convention.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One billing run (semi-annual or manual): read side; {@link BillingRunService} writes it. */
@Entity
public class BillingRun {

  public enum State { BUILDING, AWAITING_REVIEW, ISSUING, COMPLETED, REJECTED }

  @Id
  private Long id;
  private LocalDate billingDate;
  @Enumerated(EnumType.STRING)
  private State state;
  private String processInstanceId;
  private Instant startedAt;
  private String startedBy;
  private int chunkCount;
  private Instant decidedAt;
  private String decidedBy;
  private String rejectionReason;

  protected BillingRun() {}

  public Long getId() { return id; }
  public LocalDate getBillingDate() { return billingDate; }
  public State getState() { return state; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getStartedAt() { return startedAt; }
  public String getStartedBy() { return startedBy; }
  public int getChunkCount() { return chunkCount; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecidedBy() { return decidedBy; }
  public String getRejectionReason() { return rejectionReason; }
}
