package be.uvcw.convention.provisioning;

import be.uvcw.convention.organisation.Organisation;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecureSpaceRepository extends JpaRepository<SecureSpace, Long> {
  Optional<SecureSpace> findByOrganisation(Organisation organisation);

  Optional<SecureSpace> findByOrganisationId(Long organisationId);
}
