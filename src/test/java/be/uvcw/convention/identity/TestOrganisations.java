package be.uvcw.convention.identity;

import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.organisation.SignatoryRole;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A CPAS with its two signatories' accounts, unique per call, for identity tests. */
@Component
class TestOrganisations {

  record Cpas(Organisation organisation, String presidentUserId, String secretaryUserId) {}

  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final AccountService accounts;

  TestOrganisations(MunicipalityRepository municipalities, OrganisationRepository organisations, AccountService accounts) {
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.accounts = accounts;
  }

  @Transactional
  Cpas newCpas() {
    EnterpriseNumber number = TestEnterpriseNumbers.next();
    String suffix = number.digits();
    Municipality municipality = municipalities.save(new Municipality("Entité " + suffix));
    Organisation cpas = new Organisation(municipality, OrganisationType.CPAS, "CPAS de " + suffix, number,
        new Address("Rue de l'Église 1", "5000", "Namur"), "factures-" + suffix + "@cpas.test");
    Signatory president = cpas.addSignatory(SignatoryRole.PRESIDENT, "Anne Président" + suffix, "p" + suffix + "@cpas.test", "p" + suffix);
    Signatory secretary = cpas.addSignatory(SignatoryRole.SECRETARY, "Jean Secrétaire" + suffix, "s" + suffix + "@cpas.test", "s" + suffix);
    organisations.save(cpas);
    accounts.ensureSignatoryAccount(president);
    accounts.ensureSignatoryAccount(secretary);
    return new Cpas(cpas, president.getUserId(), secretary.getUserId());
  }
}
