package be.uvcw.convention.maintenance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaintenanceMemberRepository extends JpaRepository<MaintenanceMember, Long> {
  Optional<MaintenanceMember> findByProcessInstanceId(String processInstanceId);

  Optional<MaintenanceMember> findFirstByUserIdAndStatusIn(String userId, Collection<MaintenanceMember.Status> statuses);

  List<MaintenanceMember> findByStatusOrderByFullNameAsc(MaintenanceMember.Status status);
}
