package be.uvcw.convention.convention;

import be.uvcw.convention.organisation.Organisation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConventionRepository extends JpaRepository<Convention, Long> {

  List<Convention> findByOrganisationOrderByRequestedAtDesc(Organisation organisation);

  Optional<Convention> findFirstByOrganisationAndStatusIn(Organisation organisation, Collection<ConventionStatus> statuses);

  Optional<Convention> findByProcessInstanceId(String processInstanceId);
}
