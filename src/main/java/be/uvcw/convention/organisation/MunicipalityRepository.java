package be.uvcw.convention.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {
  Optional<Municipality> findByNameIgnoreCase(String name);
}
