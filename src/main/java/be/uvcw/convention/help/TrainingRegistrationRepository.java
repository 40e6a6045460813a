package be.uvcw.convention.help;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingRegistrationRepository extends JpaRepository<TrainingRegistration, Long> {
  long countBySessionId(Long sessionId);

  List<TrainingRegistration> findBySessionIdOrderByRegisteredAtAsc(Long sessionId);
}
