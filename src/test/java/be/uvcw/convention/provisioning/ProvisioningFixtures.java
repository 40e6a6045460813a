package be.uvcw.convention.provisioning;

import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fresh organisations for integration tests: a new municipality each, so tests sharing a DB never collide. */
@Component
public class ProvisioningFixtures {

  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;

  public ProvisioningFixtures(MunicipalityRepository municipalities, OrganisationRepository organisations) {
    this.municipalities = municipalities;
    this.organisations = organisations;
  }

  /** A committed CPAS of a new municipality. */
  @Transactional
  public Organisation newCpas() {
    EnterpriseNumber number = TestEnterpriseNumbers.next();
    Municipality municipality = municipalities.save(new Municipality("Commune de test " + number.digits()));
    return organisations.save(new Organisation(municipality, OrganisationType.CPAS, "CPAS de test " + number.digits(),
        number, new Address("Rue de l'Étoile 1", "5000", "Namur"), "cpas-" + number.digits() + "@example.be"));
  }
}
