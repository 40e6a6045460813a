package be.uvcw.convention.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatoryRepository extends JpaRepository<Signatory, Long> {
  Optional<Signatory> findByUserId(String userId);
}
