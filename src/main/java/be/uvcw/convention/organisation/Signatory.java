package be.uvcw.convention.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import lombok.Getter;

/** A person who signs for an organisation; userId is their Camunda user, member of the organisation's tenant. */
@Entity
@Getter
public class Signatory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  private SignatoryRole role;

  private String fullName;

  private String email;

  private String userId;

  protected Signatory() {}

  Signatory(Organisation organisation, SignatoryRole role, String fullName, String email, String userId) {
    this.organisation = organisation;
    this.role = role;
    this.fullName = fullName;
    this.email = email;
    this.userId = userId;
  }

  public void update(String fullName, String email) {
    this.fullName = fullName;
    this.email = email;
  }

  /** Another person now holds this role (a new President after elections): new name, e-mail and account. */
  public void replacePerson(String fullName, String email, String userId) {
    this.fullName = fullName;
    this.email = email;
    this.userId = userId;
  }
}
