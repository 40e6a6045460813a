package be.uvcw.convention.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.Getter;

/** A CommunesPlone Tool offered on the Server (art. 3.2), with its current version and user guide (art. 3.4). */
@Entity
@Getter
public class Tool {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private String description;
  private String currentVersion;
  private String userGuideUrl;

  protected Tool() {}

  public Tool(String code, String name, String description, String currentVersion, String userGuideUrl) {
    this.code = code;
    this.name = name;
    this.description = description;
    this.currentVersion = currentVersion;
    this.userGuideUrl = userGuideUrl;
  }

  /** A new release published by the maintenance team (art. 3.3). */
  public void publishVersion(String version) {
    this.currentVersion = version;
  }
}
