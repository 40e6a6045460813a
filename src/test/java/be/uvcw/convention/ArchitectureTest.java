package be.uvcw.convention;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boundaries of docs/architecture.md (« Layers and boundaries »), checked on the compiled main
 * classes. The lists of known exceptions name classes written before the rule; they only shrink.
 */
class ArchitectureTest {

  /** The one adapter package allowed to use the engine's internals (org.camunda.bpm.engine.impl). */
  static final String ENGINE_ADAPTER = "be.uvcw.convention.engine..";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("be.uvcw.convention");
  }

  @Test
  void capabilitiesDoNotDependOnEachOtherInACircle() {
    slices().matching("be.uvcw.convention.(*)..").should().beFreeOfCycles().check(main);
  }

  /**
   * Controllers that still read their capability's repository themselves (lists and lookups the
   * service does not offer yet). Known when the rule came in; new controllers go through a service
   * (an organisation by id: organisation.OrganisationDirectory).
   */
  private static final Set<String> CONTROLLERS_READING_REPOSITORIES = Set.of(
      "be.uvcw.convention.adaptation.web.AdaptationRequestController",
      "be.uvcw.convention.billing.web.InvoiceController",
      "be.uvcw.convention.journal.web.MailJournalController",
      "be.uvcw.convention.lifecycle.web.NonRenewalNoticeController");

  /**
   * Delegates that load an entity reference (getReferenceById) to hand it to their service; the
   * service should take the id. Their processes are being redrawn by other work in progress.
   */
  private static final Set<String> DELEGATES_READING_REPOSITORIES = Set.of(
      "be.uvcw.convention.lifecycle.LifecycleDelegates",
      "be.uvcw.convention.misuse.MisuseDelegates");

  /**
   * Classes outside the adapter that still use the engine's internals, each for a reason:
   * the engine's password-policy rules (PasswordPolicy*RuleImpl: ConventionPasswordPolicy); the
   * authenticated identity (Authentication, CommandContext: CurrentUser, TaskActor, and the
   * callers not yet moved to CurrentUser: EngineDoorFilter, SpaceController,
   * PaymentMatchingDelegates, and ErrorAdvice, which tells 401 from 403 by IdentityService.getCurrentAuthentication(), a public method that returns an impl type); saving a user without the password policy
   * (IdentityServiceImpl.saveUser: IdentitySetup, DemoData); the engine command's transaction
   * listener (MembershipRequestService); the delegate interceptor (IntegrityConfiguration,
   * RefusalRecorder); the parse listener and the engine's clock (WorklistEngineConfiguration,
   * OrganisationLabelling). Integrity, worklist and error handling were being changed by other
   * work when the rule came in: they move to the adapter after it.
   */
  private static final Set<String> ENGINE_INTERNALS_OUTSIDE_THE_ADAPTER = Set.of(
      "be.uvcw.convention.demo.DemoData",
      "be.uvcw.convention.error.web.ErrorAdvice",
      "be.uvcw.convention.identity.ConventionPasswordPolicy",
      "be.uvcw.convention.identity.CurrentUser",
      "be.uvcw.convention.identity.IdentitySetup",
      "be.uvcw.convention.integrity.EngineDoorFilter",
      "be.uvcw.convention.integrity.IntegrityConfiguration",
      "be.uvcw.convention.integrity.RefusalRecorder",
      "be.uvcw.convention.integrity.TaskActor",
      "be.uvcw.convention.onboarding.MembershipRequestService",
      "be.uvcw.convention.payment.PaymentMatchingDelegates",
      "be.uvcw.convention.provisioning.web.SpaceController",
      "be.uvcw.convention.worklist.OrganisationLabelling",
      "be.uvcw.convention.worklist.WorklistEngineConfiguration");

  /** The RuntimeService calls that start a process or correlate a message to one. */
  private static final Set<String> STARTS_AND_CORRELATIONS = Set.of(
      "startProcessInstanceByKey", "startProcessInstanceById", "startProcessInstanceByMessage",
      "startProcessInstanceByMessageAndProcessDefinitionId", "createProcessInstanceByKey", "createProcessInstanceById",
      "createMessageCorrelation", "correlateMessage", "correlateMessageAsync", "messageEventReceived");

  /**
   * Engine adapters not named {@code <Process>Process}: {@code billing.CpasReductionCorrections},
   * the adapter of {@code cpas-reduction-correction} (started by message).
   */
  private static final Set<String> ADAPTERS_WITH_ANOTHER_NAME = Set.of(
      "be.uvcw.convention.billing.CpasReductionCorrections");

  @Test
  void onlyTheEngineAdaptersStartProcessesAndCorrelateMessages() {
    noClasses().that().haveSimpleNameNotEndingWith("Process")
        .and().doNotHaveFullyQualifiedName("be.uvcw.convention.identity.ProcessStarter")
        .and(not(knownException(ADAPTERS_WITH_ANOTHER_NAME)))
        .should().callMethodWhere(DescribedPredicate.describe("RuntimeService starts a process or correlates a message",
            call -> call.getTargetOwner().isAssignableTo(RuntimeService.class) && STARTS_AND_CORRELATIONS.contains(call.getName())))
        .because("one engine adapter per process starts it and correlates its messages by business key (docs/decisions.md)")
        .check(main);
  }

  @Test
  void controllersReachRepositoriesOnlyThroughServices() {
    noClasses().that().areAnnotatedWith(RestController.class)
        .and(not(knownException(CONTROLLERS_READING_REPOSITORIES)))
        .should().dependOnClassesThat().areAssignableTo(Repository.class)
        .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
        .because("a controller calls a service; the service owns transactions and rules")
        .check(main);
  }

  @Test
  void delegatesAreThin() {
    noClasses().that(implementAnyOf(JavaDelegate.class, ExecutionListener.class, TaskListener.class))
        .and(not(knownException(DELEGATES_READING_REPOSITORIES)))
        .should().dependOnClassesThat().areAssignableTo(Repository.class)
        .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
        .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .because("a delegate or listener reads variables, calls a domain service and writes variables")
        .check(main);
  }

  @Test
  void onlyTheEngineAdapterPackageUsesTheEngineInternals() {
    noClasses().that().resideOutsideOfPackage(ENGINE_ADAPTER)
        .and(not(knownException(ENGINE_INTERNALS_OUTSIDE_THE_ADAPTER)))
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("the engine's internals may change with any Camunda release: one package adapts them")
        .check(main);
  }

  @Test
  void theKnownExceptionsNameClassesThatExist() {
    for (Set<String> names : List.of(CONTROLLERS_READING_REPOSITORIES, DELEGATES_READING_REPOSITORIES,
        ENGINE_INTERNALS_OUTSIDE_THE_ADAPTER, ADAPTERS_WITH_ANOTHER_NAME)) {
      assertThat(names).allSatisfy(name -> assertThat(main.contain(name)).as(name + " is a main class").isTrue());
    }
  }

  /** A class named in the list, or nested in one. */
  private static DescribedPredicate<JavaClass> knownException(Set<String> names) {
    return DescribedPredicate.describe("a known exception " + names,
        c -> names.contains(c.getName().replaceFirst("\\$.*", "")));
  }

  private static DescribedPredicate<JavaClass> implementAnyOf(Class<?>... types) {
    return DescribedPredicate.describe("delegates and listeners", c -> {
      for (Class<?> type : types) {
        if (c.isAssignableTo(type)) {
          return true;
        }
      }
      return false;
    });
  }
}
