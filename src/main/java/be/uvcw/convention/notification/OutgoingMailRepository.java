package be.uvcw.convention.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {
  List<OutgoingMail> findTop200ByOrderByCreatedAtDesc();

  List<OutgoingMail> findByOrganisationIdOrderByCreatedAtDesc(Long organisationId);

  List<OutgoingMail> findByRecipientOrderByCreatedAtDesc(String recipient);
}
