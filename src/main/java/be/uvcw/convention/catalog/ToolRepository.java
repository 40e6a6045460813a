package be.uvcw.convention.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolRepository extends JpaRepository<Tool, Long> {
  Optional<Tool> findByCode(String code);

  List<Tool> findByCodeIn(Collection<String> codes);

  List<Tool> findAllByOrderByNameAsc();
}
