package be.uvcw.convention.intrusion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** An intrusion attempt reported by a User or the Union (art. 6.8), and its triage by the maintenance team. */
@Entity
@Getter
public class IntrusionReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long organisationId;
  private String reportedBy;
  private Instant reportedAt;
  private LocalDate observedOn;
  private String description;

  @Enumerated(EnumType.STRING)
  private IntrusionSeverity reportedSeverity;

  private Instant triageDeadline;

  @Enumerated(EnumType.STRING)
  private IntrusionSeverity severity;

  private String actions;
  private Instant escalatedAt;
  private Instant closedAt;
  private String closureNote;
  private String closedBy;
  private String processInstanceId;

  protected IntrusionReport() {}

  IntrusionReport(Long organisationId, String reportedBy, Instant reportedAt, LocalDate observedOn, String description,
      IntrusionSeverity reportedSeverity, Instant triageDeadline) {
    this.organisationId = organisationId;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.observedOn = observedOn;
    this.description = description;
    this.reportedSeverity = reportedSeverity;
    this.triageDeadline = triageDeadline;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void escalate(Instant now) {
    if (escalatedAt == null) {
      this.escalatedAt = now;
    }
  }

  void close(IntrusionSeverity severity, String actions, String closureNote, String closedBy, Instant now) {
    this.closedBy = closedBy;
    this.severity = severity;
    this.actions = actions;
    this.closureNote = closureNote;
    this.closedAt = now;
  }

  /** Who triaged and closed the report (the maintenance member who completed the task). */
}
