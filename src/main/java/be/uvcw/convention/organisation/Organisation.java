package be.uvcw.convention.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.Getter;

/** A commune or a CPAS: a possible User of the Server. Each is one Camunda tenant. */
@Entity
@Getter
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Municipality municipality;

  @Enumerated(EnumType.STRING)
  private OrganisationType type;

  private String name;

  @Convert(converter = EnterpriseNumberConverter.class)
  private EnterpriseNumber enterpriseNumber;

  @Embedded
  private Address address;

  private String billingEmail;

  private String tenantId;

  @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Signatory> signatories = new ArrayList<>();

  protected Organisation() {}

  public Organisation(Municipality municipality, OrganisationType type, String name,
      EnterpriseNumber enterpriseNumber, Address address, String billingEmail) {
    this.municipality = municipality;
    this.type = type;
    this.name = name;
    this.enterpriseNumber = enterpriseNumber;
    this.address = address;
    this.billingEmail = billingEmail;
    this.tenantId = tenantIdFor(enterpriseNumber);
  }

  /** Tenant ids are stable and readable in Cockpit: "org-0207345612". */
  public static String tenantIdFor(EnterpriseNumber number) {
    return "org-" + number.digits();
  }

  public Signatory addSignatory(SignatoryRole role, String fullName, String email, String userId) {
    Signatory signatory = new Signatory(this, role, fullName, email, userId);
    signatories.add(signatory);
    return signatory;
  }

  public Optional<Signatory> signatory(SignatoryRole role) {
    return signatories.stream().filter(s -> s.getRole() == role).findFirst();
  }

  public void updateContact(String name, Address address, String billingEmail) {
    this.name = name;
    this.address = address;
    this.billingEmail = billingEmail;
  }
}
