package be.uvcw.convention.tooling.request;

import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import lombok.Getter;

/** An active User asks for another Tool of the catalog (art. 3.2, art. 6.1). */
@Entity
@Getter
public class ToolRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Organisation organisation;

  private String tenantId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Tool tool;

  private String requestedBy;
  private Instant requestedAt;
  private String motivation;
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  private ToolRequestStatus status;

  private String decisionReason;
  private String decidedBy;
  private Instant decidedAt;
  private String installedVersion;
  private Instant installedAt;

  protected ToolRequest() {}

  public ToolRequest(Organisation organisation, Tool tool, String requestedBy, Instant requestedAt, String motivation, String processInstanceId) {
    this.organisation = organisation;
    this.tenantId = organisation.getTenantId();
    this.tool = tool;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.motivation = motivation;
    this.processInstanceId = processInstanceId;
    this.status = ToolRequestStatus.REQUESTED;
  }

  public void approve(String reason, String decidedBy, Instant now) {
    requireStatus(ToolRequestStatus.REQUESTED);
    this.status = ToolRequestStatus.APPROVED;
    this.decisionReason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
  }

  public void refuse(String reason, String decidedBy, Instant now) {
    requireStatus(ToolRequestStatus.REQUESTED);
    this.status = ToolRequestStatus.REFUSED;
    this.decisionReason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
  }

  public void installed(String version, Instant now) {
    if (status == ToolRequestStatus.INSTALLED) {
      return;
    }
    requireStatus(ToolRequestStatus.APPROVED);
    this.status = ToolRequestStatus.INSTALLED;
    this.installedVersion = version;
    this.installedAt = now;
  }

  private void requireStatus(ToolRequestStatus expected) {
    if (status != expected) {
      throw new Conflict("La demande d'Outil " + id + " est « " + status.label() + " » et non « " + expected.label() + " ».");
    }
  }
}
