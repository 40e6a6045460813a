package be.uvcw.convention.convention;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConventionDocumentRepository extends JpaRepository<ConventionDocument, Long> {}
