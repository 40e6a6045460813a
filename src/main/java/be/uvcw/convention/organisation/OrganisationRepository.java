package be.uvcw.convention.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {
  Optional<Organisation> findByEnterpriseNumber(EnterpriseNumber enterpriseNumber);

  Optional<Organisation> findByTenantId(String tenantId);

  Optional<Organisation> findByMunicipalityAndType(Municipality municipality, OrganisationType type);

  List<Organisation> findAllByOrderByNameAsc();
}
