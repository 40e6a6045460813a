package be.uvcw.convention.provisioning;

import be.uvcw.convention.catalog.Tool;
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

/** One Tool installed in one secure space, at one version. At most one per space and Tool. */
@Entity
@Getter
public class ToolInstallation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private SecureSpace space;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Tool tool;

  private String version;

  @Enumerated(EnumType.STRING)
  private InstallationState state;

  private Instant installedAt;
  private Instant updatedAt;

  protected ToolInstallation() {}

  public ToolInstallation(SecureSpace space, Tool tool, String version, Instant now) {
    this.space = space;
    this.tool = tool;
    this.version = version;
    this.state = InstallationState.INSTALLED;
    this.installedAt = now;
    this.updatedAt = now;
  }

  public void installed(String version, Instant now) {
    this.version = version;
    this.state = InstallationState.INSTALLED;
    this.updatedAt = now;
  }

  public void removed(Instant now) {
    this.state = InstallationState.REMOVED;
    this.updatedAt = now;
  }
}
