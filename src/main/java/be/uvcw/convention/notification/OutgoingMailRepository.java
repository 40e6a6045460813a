package be.uvcw.convention.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {
  List<OutgoingMail> findTop200ByOrderByCreatedAtDesc();

  List<OutgoingMail> findByOrganisationIdOrderByCreatedAtDesc(Long organisationId);

  List<OutgoingMail> findByRecipientOrderByCreatedAtDesc(String recipient);

  /** The journal, newest first, optionally of one organisation and/or in one status. */
  @Query("select m from OutgoingMail m where (:organisationId is null or m.organisationId = :organisationId)"
      + " and (:status is null or m.status = :status) order by m.createdAt desc, m.id desc")
  List<OutgoingMail> journal(@Param("organisationId") Long organisationId, @Param("status") OutgoingMail.Status status,
      Pageable page);

  long countByStatusIn(List<OutgoingMail.Status> statuses);
}
