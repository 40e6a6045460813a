package be.uvcw.convention.organisation;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds organisations for the controllers, which do not reach repositories themselves (ArchitectureTest). */
@Service
public class OrganisationDirectory {

  private final OrganisationRepository organisations;

  public OrganisationDirectory(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  @Transactional(readOnly = true)
  public Optional<Organisation> findById(Long organisationId) {
    return organisations.findById(organisationId);
  }
}
