package be.uvcw.convention.billing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingRunRepository extends JpaRepository<BillingRun, Long> {}
