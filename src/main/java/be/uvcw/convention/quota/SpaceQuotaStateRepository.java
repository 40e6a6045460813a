package be.uvcw.convention.quota;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpaceQuotaStateRepository extends JpaRepository<SpaceQuotaState, Long> {}
