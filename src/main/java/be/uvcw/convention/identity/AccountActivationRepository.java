package be.uvcw.convention.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountActivationRepository extends JpaRepository<AccountActivation, String> {

  /** Every link of the person that could still be used stops working (a newer one replaces them). */
  @Modifying(flushAutomatically = true)
  @Query("update AccountActivation a set a.revokedAt = :now where a.userId = :userId and a.usedAt is null and a.revokedAt is null")
  int revokeOpenLinks(String userId, Instant now);
}
