package be.uvcw.convention.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountSetupRepository extends JpaRepository<AccountSetup, String> {}
