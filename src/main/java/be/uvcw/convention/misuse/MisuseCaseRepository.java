package be.uvcw.convention.misuse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MisuseCaseRepository extends JpaRepository<MisuseCase, Long> {
  List<MisuseCase> findByConventionIdOrderByOpenedAt(Long conventionId);
}
