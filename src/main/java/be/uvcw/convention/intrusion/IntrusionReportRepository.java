package be.uvcw.convention.intrusion;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IntrusionReportRepository extends JpaRepository<IntrusionReport, Long> {}
