package be.uvcw.convention.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.testsupport.LifecycleStarts;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoDataTest {

  private static final List<String> DEMO_USERS = List.of("staff", "direction", "finance", "maintenance",
      "president.namur", "secretaire.namur", "president.gembloux", "secretaire.gembloux");

  @Autowired ApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired AccountService accounts;
  @Autowired be.uvcw.convention.identity.AccessLinks accessLinks;
  @Autowired MunicipalityRepository municipalities;
  @Autowired OrganisationRepository organisations;
  @Autowired ConventionRepository conventions;
  @Autowired ToolRepository tools;
  @Autowired ConventionLifecycleProcess lifecycle;
  @Autowired HistoryService history;

  @Test
  void noDemoUserNorDemoLoaderExistsOutsideTheDemoProfile() {
    assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
    for (String user : DEMO_USERS) {
      assertThat(identity.createUserQuery().userId(user).count()).as(user).isZero();
    }
  }

  /** Run inside the test's transaction, which the engine joins: everything is rolled back afterwards. */
  @Test
  @Transactional
  void theDemoDataLoadsTwiceWithoutDuplicates() {
    DemoData demo = new DemoData(identity, accounts, accessLinks, municipalities, organisations, conventions, tools, lifecycle);
    demo.load();
    long users = identity.createUserQuery().count();
    long organisationCount = organisations.count();
    demo.load();
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(organisations.count()).isEqualTo(organisationCount);

    for (String user : DEMO_USERS) {
      assertThat(identity.checkPassword(user, user)).as(user).isTrue();
    }
    assertThat(identity.createUserQuery().userId("direction").singleResult().getLastName()).isEqualTo("Boverie");
    assertThat(identity.createGroupQuery().groupMember("direction").groupId(Groups.UNION_MANAGEMENT).count()).isOne();
    var cpasNamur = organisations.findByMunicipalityAndType(municipalities.findByNameIgnoreCase("Namur").orElseThrow(), OrganisationType.CPAS).orElseThrow();
    assertThat(identity.createTenantQuery().userMember("president.namur").singleResult().getId()).isEqualTo(cpasNamur.getTenantId());

    var communeNamur = organisations.findByMunicipalityAndType(municipalities.findByNameIgnoreCase("Namur").orElseThrow(), OrganisationType.COMMUNE).orElseThrow();
    Convention convention = conventions.findByOrganisationOrderByRequestedAtDesc(communeNamur).get(0);
    assertThat(convention.getStatus()).isEqualTo(ConventionStatus.ACTIVE);
    assertThat(convention.getSignatureDate()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(convention.getStartDate()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(convention.getLimitEnd()).isEqualTo(LocalDate.of(2029, 9, 30));
    // Its lifecycle started by the message « Convention activée », like an activated or imported one; once, after two loads.
    LifecycleStarts.assertStartedByMessage(history, convention.getId());
  }
}
