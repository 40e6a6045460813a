package be.uvcw.convention.tooling.update;

import be.uvcw.convention.catalog.Tool;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import lombok.Getter;

/** A new version of a Tool published by the maintenance team (art. 3.3) and rolled out to every space. */
@Entity
@Getter
public class ToolRelease {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Tool tool;

  private String version;
  private String previousVersion;
  private String releaseNotes;
  private String publishedBy;
  private Instant publishedAt;
  private String processInstanceId;

  protected ToolRelease() {}

  public ToolRelease(Tool tool, String version, String previousVersion, String releaseNotes, String publishedBy, Instant publishedAt,
      String processInstanceId) {
    this.tool = tool;
    this.version = version;
    this.previousVersion = previousVersion;
    this.releaseNotes = releaseNotes;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
    this.processInstanceId = processInstanceId;
  }
}
