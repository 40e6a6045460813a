package be.uvcw.convention.help;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {
  List<TrainingSession> findByStartsAtAfterOrderByStartsAtAsc(Instant after);
}
