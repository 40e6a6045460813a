package be.uvcw.convention.identity;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountActivationRepository extends JpaRepository<AccountActivation, String> {}
