package be.uvcw.convention.misuse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MisuseCaseEventRepository extends JpaRepository<MisuseCaseEvent, Long> {
  List<MisuseCaseEvent> findByMisuseCaseIdOrderById(Long misuseCaseId);

  boolean existsByMisuseCaseIdAndType(Long misuseCaseId, MisuseCaseEvent.Type type);
}
