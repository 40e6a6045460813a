package be.uvcw.convention.onboarding;

import static be.uvcw.convention.platform.french.FrenchStyle.assertEveryQueuedMailInFrenchStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.convention.ConventionDocumentService;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.notification.OutgoingMail;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.platform.french.FrenchStyle;
import be.uvcw.convention.provisioning.InstallationState;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SpaceReport;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import be.uvcw.convention.testsupport.Jobs;
import be.uvcw.convention.testsupport.LifecycleStarts;
import be.uvcw.convention.testsupport.TestEnterpriseNumbers;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of process {@code onboarding}, read like the diagram. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnboardingProcessTest {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final LocalDate TODAY = LocalDate.parse("2026-03-15");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired MembershipRequestService requests;
  @Autowired ConventionRepository conventions;
  @Autowired OrganisationRepository organisations;
  @Autowired MunicipalityRepository municipalities;
  @Autowired ProvisioningService provisioning;
  @Autowired FaultInjectingProvisioningPort provisioningFaults;
  @Autowired HistoryService history;
  @Autowired GreenMail smtp;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired OutgoingMailRepository journal;
  @Autowired AccountService accounts;
  @Autowired ConventionDocumentService documents;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    setToday(TODAY, 10);
  }

  @AfterEach
  void reset() {
    assertEveryQueuedMailInFrenchStyle(jdbc);
    ClockUtil.reset();
    provisioningFaults.reset();
  }

  @Test
  void acceptedSignedCountersignedThenProvisionedAndActive() throws Exception {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = instance(registered.processInstanceId());
    assertThat(pi).isWaitingAt("VerifierDemande").hasPassed("EnregistrerDemande");
    assertThat(pi).task().hasCandidateGroup("union-staff");
    assertThat(status(registered.conventionId())).isEqualTo(ConventionStatus.UNDER_REVIEW);
    assertThat(pi.getTenantId()).isEqualTo(registered.tenantId());

    complete(task(pi), withVariables("reviewDecision", "ACCEPT"));
    assertThat(pi).isWaitingAt("GenererConvention");
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).isWaitingAt("SignerPresident", "SignerSecretaire");
    assertThat(pi).variables().containsEntry("documentUrl", "/api/conventions/" + registered.conventionId() + "/document.docx")
        .containsEntry("monthlyFeeText", "82,00\u00A0€ HTVA par mois, TVA 21\u00A0% en sus, montant indexé");
    assertThat(task("SignerPresident", pi)).isAssignedTo(registered.presidentUserId());
    assertThat(task("SignerSecretaire", pi)).isAssignedTo(registered.secretaryUserId());
    assertThat(status(registered.conventionId())).isEqualTo(ConventionStatus.AWAITING_SIGNATURES);

    setToday(LocalDate.parse("2026-03-21"), 9);
    // The President signed on paper the day before and says so; the others leave the date empty: today.
    complete(task("SignerPresident", pi), withVariables("presidentDecision", "SIGN", "presidentSignedOn", "2026-03-20",
        "presidentSignedPlace", "Namur"));
    assertThat(pi).isWaitingAt("EnregistrerDecisionPremierSignataire", "SignerSecretaire");
    setToday(LocalDate.parse("2026-03-31"), 9);
    complete(task("SignerSecretaire", pi), withVariables("secretaryDecision", "SIGN", "secretarySignedPlace", "Namur"));
    assertThat(pi).isWaitingAt("EnregistrerDecisionPremierSignataire", "EnregistrerDecisionSecondSignataire");
    // The steps run later (the next day here): each records the day its signatory signed, not the day it runs.
    setToday(LocalDate.parse("2026-04-01"), 8);
    managementService.executeJob(jobAt(pi, "EnregistrerDecisionPremierSignataire").getId());
    managementService.executeJob(jobAt(pi, "EnregistrerDecisionSecondSignataire").getId());
    assertThat(pi).hasPassed("EnregistrerDecisionPremierSignataire", "EnregistrerDecisionSecondSignataire")
        .isWaitingAt("ContresignerConvention");
    assertThat(task("ContresignerConvention", pi)).hasCandidateGroup("union-management");
    // The Union countersigns the next day: the last signature (1 April) fixes the start on 1 May.
    setToday(LocalDate.parse("2026-04-01"), 11);
    complete(task("ContresignerConvention", pi), withVariables("unionSignedPlace", "Namur"));
    assertThat(pi).isWaitingAt("EnregistrerContresignature");
    managementService.executeJob(jobAt(pi, "EnregistrerContresignature").getId());
    assertThat(pi).hasPassed("EnregistrerContresignature").isWaitingAt("ActiverConvention");

    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassedInOrder("ActiverConvention", "CreerEspaceSecurise", "InstallerOutil", "EnvoyerInformationsAcces",
        "ConventionActivee").isEnded();
    assertThat(pi).hasPassed("ConventionActive");

    Convention convention = conventions.findById(registered.conventionId()).orElseThrow();
    assertThat(convention.getStatus()).isEqualTo(ConventionStatus.ACTIVE);
    assertThat(convention.getPresidentSignedOn()).isEqualTo("2026-03-20");
    assertThat(convention.getSecretarySignedOn()).isEqualTo("2026-03-31");
    assertThat(convention.getUnionSignedOn()).isEqualTo("2026-04-01");
    assertThat(convention.getUnionSignatoryName()).isEqualTo("Michèle Boverie");
    assertThat(convention.getSignatureDate()).isEqualTo("2026-04-01");
    assertThat(convention.getStartDate()).isEqualTo("2026-05-01");
    assertThat(convention.getCurrentTermEnd()).isEqualTo("2027-04-30");
    assertThat(convention.getLimitEnd()).isEqualTo("2030-04-30");
    // « Convention activée » started the lifecycle by its message (Cockpit: start event ConventionActivee).
    LifecycleStarts.assertStartedByMessage(history, registered.conventionId());

    SpaceReport space = provisioning.spaceOf(registered.organisationId()).orElseThrow();
    assertThat(space.installations()).extracting(SpaceReport.Installation::toolCode).containsExactlyInAnyOrder("site-web", "courrier");
    assertThat(space.installations()).extracting(SpaceReport.Installation::state).containsOnly(InstallationState.INSTALLED);

    MimeMessage access = mailTo(request.firstSignatoryEmail(), "Votre accès au Serveur CommunesPlone");
    String body = text(access);
    assertThat(body).contains("activation.html?jeton=", "guide d'utilisation", "1er mai 2026", registered.presidentUserId())
        .doesNotContainIgnoringCase("mot de passe :");
    mailTo(request.billingEmail(), "Convention d'accès activée");
  }

  @Test
  void refusedByTheUnionWithAReason() throws Exception {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = instance(registered.processInstanceId());

    Task check = task(pi);
    assertThatThrownBy(() -> complete(check, withVariables("reviewDecision", "REFUSE")))
        .hasMessageContaining("Motif du refus");
    assertThat(pi).isWaitingAt("VerifierDemande");

    complete(task(pi), withVariables("reviewDecision", "REFUSE", "refusalReason", "Le CPAS n'a pas encore délibéré."));
    assertThat(pi).isWaitingAt("NotifierRefus");
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("NotifierRefus", "DemandeRefusee").hasNotPassed("GenererConvention").isEnded();
    Convention convention = conventions.findById(registered.conventionId()).orElseThrow();
    assertThat(convention.getStatus()).isEqualTo(ConventionStatus.REFUSED);
    assertThat(convention.getRefusalReason()).isEqualTo("Le CPAS n'a pas encore délibéré.");
    assertThat(text(mailTo(request.requesterEmail(), "Demande d'adhésion refusée"))).contains("Le CPAS n'a pas encore délibéré.");

    // Refused: the organisation may ask again.
    assertThat(requests.register(request).conventionId()).isNotEqualTo(registered.conventionId());
  }

  @Test
  void refusedByThePresident() throws Exception {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = acceptedAndWaitingForSignatures(registered);

    Task president = task("SignerPresident", pi);
    assertThatThrownBy(() -> complete(president, withVariables("presidentDecision", "REFUSE")))
        .hasMessageContaining("Motif du refus");
    assertThat(pi).isWaitingAt("SignerPresident").hasNotPassed("EnregistrerDecisionPremierSignataire");
    assertThat(jobAt(pi, "EnregistrerDecisionPremierSignataire")).isNull();
    complete(task("SignerPresident", pi), withVariables("presidentDecision", "REFUSE",
        "presidentRefusalReason", "Le conseil de l'action sociale a choisi un autre prestataire."));
    assertThat(pi).isWaitingAt("EnregistrerDecisionPremierSignataire");
    managementService.executeJob(jobAt(pi, "EnregistrerDecisionPremierSignataire").getId());
    assertThat(pi).hasPassed("EnregistrerDecisionPremierSignataire", "RefusPresident").isWaitingAt("AnnulerDemande");
    assertThat((String) runtimeService.getVariable(pi.getId(), "signatureRefusedBy")).contains(registered.presidentUserId());
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("AnnulerDemande", "DemandeAnnulee").hasNotPassed("ActiverConvention").isEnded();
    Convention convention = conventions.findById(registered.conventionId()).orElseThrow();
    assertThat(convention.getStatus()).isEqualTo(ConventionStatus.CANCELLED);
    assertThat(convention.getRefusalReason()).contains("autre prestataire");
    assertThat(text(mailTo(request.secondSignatoryEmail(), "Demande d'adhésion annulée"))).contains("Président", "autre prestataire");
    mailTo(request.requesterEmail(), "Demande d'adhésion annulée");
  }

  @Test
  void refusedByTheSecretaryAfterThePresidentSigned() throws Exception {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = acceptedAndWaitingForSignatures(registered);

    complete(task("SignerPresident", pi), withVariables("presidentDecision", "SIGN", "presidentSignedPlace", "Namur"));
    assertThat(pi).isWaitingAt("SignerSecretaire");
    complete(task("SignerSecretaire", pi), withVariables("secretaryDecision", "REFUSE", "secretaryRefusalReason", "Budget non voté."));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("RefusSecretaire", "AnnulerDemande", "DemandeAnnulee").hasNotPassed("ContresignerConvention").isEnded();
    Convention convention = conventions.findById(registered.conventionId()).orElseThrow();
    assertThat(convention.getStatus()).isEqualTo(ConventionStatus.CANCELLED);
    assertThat(convention.getPresidentSignedOn()).isEqualTo(TODAY);
    assertThat(text(mailTo(request.firstSignatoryEmail(), "Demande d'adhésion annulée"))).contains("Secrétaire", "Budget non voté.");
  }

  @Test
  void aReminderEvery14DaysToWhoeverHasNotSignedYet() throws Exception {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = acceptedAndWaitingForSignatures(registered);

    Job firstReminder = timer(pi, "RappelSignature");
    assertThat(dayOf(firstReminder)).isEqualTo(TODAY.plusDays(14));
    setToday(TODAY.plusDays(14), 11);
    managementService.executeJob(firstReminder.getId());
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("EnvoyerRappel", "RappelEnvoye").isWaitingAt("SignerPresident", "SignerSecretaire");
    assertThat(text(mailTo(request.firstSignatoryEmail(), "Rappel : convention d'accès à signer"))).contains("Président");
    assertThat(text(mailTo(request.secondSignatoryEmail(), "Rappel : convention d'accès à signer"))).contains("Secrétaire");

    // The President signs; 14 days later only the Secretary is reminded.
    complete(task("SignerPresident", pi), withVariables("presidentDecision", "SIGN", "presidentSignedPlace", "Namur"));
    recordDecisions(pi);
    Job secondReminder = timer(pi, "RappelSignature");
    assertThat(dayOf(secondReminder)).isEqualTo(TODAY.plusDays(28));
    setToday(TODAY.plusDays(28), 11);
    managementService.executeJob(secondReminder.getId());
    Jobs.runAll(managementService, pi.getId());
    assertThat(mailsTo(request.secondSignatoryEmail(), "Rappel : convention d'accès à signer")).hasSize(2);
    assertThat(mailsTo(request.firstSignatoryEmail(), "Rappel : convention d'accès à signer")).hasSize(1);
    assertThat(pi).isWaitingAt("SignerSecretaire");
    assertThat(status(registered.conventionId())).isEqualTo(ConventionStatus.AWAITING_SIGNATURES);
  }

  @Test
  void expiresAfter60DaysWithoutEverySignature() throws Exception {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = acceptedAndWaitingForSignatures(registered);
    complete(task("SignerPresident", pi), withVariables("presidentDecision", "SIGN", "presidentSignedPlace", "Namur"));
    recordDecisions(pi);

    Job expiry = timer(pi, "DelaiSignatureDepasse");
    assertThat(dayOf(expiry)).isEqualTo(TODAY.plusDays(60));
    setToday(TODAY.plusDays(60), 11);
    managementService.executeJob(expiry.getId());
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("CloturerDemandeExpiree", "DemandeExpiree").hasNotPassed("ActiverConvention").isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(status(registered.conventionId())).isEqualTo(ConventionStatus.EXPIRED);
    assertThat(text(mailTo(request.secondSignatoryEmail(), "Demande d'adhésion expirée"))).contains("60 jours");
  }

  @Test
  void anInvalidRequestFromTheStartFormIsCorrectedWithNothingLost() {
    MembershipRequest valid = OnboardingRequests.cpas();
    MembershipRequest invalid = OnboardingRequests.withPostalCode(valid, "500", List.of());
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("onboarding", MembershipRequestService.requestVariables(invalid));

    assertThat(pi).hasPassed("EnregistrerDemande", "DemandeInvalide").isWaitingAt("CorrigerDemande");
    // Started from the start form: the tenant comes from the enterprise number typed.
    assertThat(pi.getTenantId()).isEqualTo("org-" + EnterpriseNumber.parse(valid.enterpriseNumber()).digits());
    assertThat(task(pi)).hasCandidateGroup("union-staff");
    assertThat(pi).variables()
        .containsEntry("organisationName", valid.organisationName())
        .containsEntry("firstSignatoryEmail", valid.firstSignatoryEmail())
        .containsKey("requestErrors");
    assertThat(OnboardingVariables.REQUEST_ERRORS.get(runtimeService, pi.getId()))
        .contains("Code postal : « 500 »", "Outils demandés : choisissez au moins un Outil");
    assertThat(organisations.findByEnterpriseNumber(EnterpriseNumber.parse(valid.enterpriseNumber()))).isEmpty();

    // The number cannot move the request to another organisation's tenant.
    complete(task(pi), withVariables("correctionDecision", "RESUBMIT", "postalCode", "5000", "toolCodes", "[\"site-web\"]",
        "enterpriseNumber", TestEnterpriseNumbers.next().formatted()));
    assertThat(pi).isWaitingAt("CorrigerDemande");
    assertThat(OnboardingVariables.REQUEST_ERRORS.get(runtimeService, pi.getId())).contains("son numéro ne peut plus changer");

    // Tasklist submits a checklist as a JSON array.
    complete(task(pi), withVariables("correctionDecision", "RESUBMIT", "enterpriseNumber", valid.enterpriseNumber(),
        "toolCodes", "[\"site-web\",\"intranet\"]"));
    assertThat(pi).isWaitingAt("VerifierDemande");
    assertThat(pi).variables().doesNotContainKey("requestErrors").containsKeys("conventionId", "presidentUserId", "secretaryUserId");
    Long conventionId = OnboardingVariables.CONVENTION_ID.required(runtimeService, pi.getId());
    assertThat(status(conventionId)).isEqualTo(ConventionStatus.UNDER_REVIEW);
    List<String> requested = transactions.execute(s -> conventions.findById(conventionId).orElseThrow().getRequestedTools().stream()
        .map(t -> t.getCode()).toList());
    assertThat(requested).containsExactlyInAnyOrder("site-web", "intranet");
    @SuppressWarnings("unchecked")
    List<String> toolCodes = (List<String>) runtimeService.getVariable(pi.getId(), "toolCodes");
    assertThat(toolCodes).containsExactlyInAnyOrder("site-web", "intranet");
  }

  @Test
  void aRequestForAnOrganisationWithAnOpenConventionIsCorrectedOrAbandoned() {
    MembershipRequest request = OnboardingRequests.cpas();
    requests.register(request);
    assertThatThrownBy(() -> requests.register(request)).isInstanceOf(OpenConventionExistsException.class)
        .hasMessageContaining("a déjà une convention « En cours de vérification »");

    ProcessInstance pi = runtimeService.startProcessInstanceByKey("onboarding", MembershipRequestService.requestVariables(request));
    assertThat(pi).isWaitingAt("CorrigerDemande");
    assertThat(OnboardingVariables.REQUEST_ERRORS.get(runtimeService, pi.getId())).contains("a déjà une convention");
    complete(task(pi), withVariables("correctionDecision", "ABANDON"));
    assertThat(pi).hasPassed("CorrectionOuAbandon", "DemandeAbandonnee").hasNotPassed("VerifierDemande").isEnded();
  }

  @Test
  void provisioningFailsUntilAnIncidentThenSucceedsAfterARetryWithTheSignaturesKept() {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = acceptedAndWaitingForSignatures(registered);
    complete(task("SignerPresident", pi), withVariables("presidentDecision", "SIGN", "presidentSignedPlace", "Namur"));
    complete(task("SignerSecretaire", pi), withVariables("secretaryDecision", "SIGN", "secretarySignedPlace", "Ciney"));
    recordDecisions(pi);
    complete(task("ContresignerConvention", pi), withVariables("unionSignedPlace", "Namur"));
    recordDecisions(pi);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).activityId("ActiverConvention").singleResult().getId());
    assertThat(pi).isWaitingAt("CreerEspaceSecurise");
    assertThat(status(registered.conventionId())).isEqualTo(ConventionStatus.ACTIVE);

    provisioningFaults.failNext("createSpace", 100);
    Job create = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("CreerEspaceSecurise").singleResult();
    for (int attempt = 0; attempt < 10 && runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count() == 0; attempt++) {
      assertThat(Jobs.tryRun(managementService, create.getId())).isFalse();
    }
    var incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("CreerEspaceSecurise");
    assertThat(incident.getIncidentMessage()).contains("Panne simulée du Serveur");
    assertThat(managementService.createJobQuery().jobId(create.getId()).singleResult().getRetries()).isZero();
    assertThat(provisioningFaults.calls("createSpace")).isEqualTo(5); // R5/PT10M: the first try and four retries
    assertThat(pi).isWaitingAt("CreerEspaceSecurise");
    Convention kept = conventions.findById(registered.conventionId()).orElseThrow();
    assertThat(kept.getPresidentSignedOn()).isEqualTo(TODAY);
    assertThat(kept.getSecretarySignedPlace()).isEqualTo("Ciney");
    assertThat(kept.getUnionSignedOn()).isEqualTo(TODAY);

    provisioningFaults.reset();
    managementService.setJobRetries(create.getId(), 1);
    managementService.executeJob(create.getId());
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("CreerEspaceSecurise", "InstallerOutil", "ConventionActive").isEnded();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(provisioning.spaceOf(registered.organisationId()).orElseThrow().installations()).hasSize(2);
    assertThat(status(registered.conventionId())).isEqualTo(ConventionStatus.ACTIVE);
  }

  /**
   * Issue 9: « Envoyer les informations d'accès » writes three mails and two activation links. When
   * it fails after the first two mails (here the third mail's row is refused by the database), the
   * job rolls back with them: nothing was sent, and the retry sends each mail once, with a live link.
   */
  @Test
  void aJobThatMailsAndThenFailsIsRetriedWithoutASecondCopyOfWhatItMailed() throws Exception {
    MembershipRequest request = OnboardingRequests.cpas();
    var registered = requests.register(request);
    ProcessInstance pi = acceptedAndWaitingForSignatures(registered);
    complete(task("SignerPresident", pi), withVariables("presidentDecision", "SIGN", "presidentSignedPlace", "Namur"));
    complete(task("SignerSecretaire", pi), withVariables("secretaryDecision", "SIGN", "secretarySignedPlace", "Namur"));
    recordDecisions(pi);
    complete(task("ContresignerConvention", pi), withVariables("unionSignedPlace", "Namur"));
    List<String> recipients = List.of(request.firstSignatoryEmail(), request.secondSignatoryEmail(), request.billingEmail());

    jdbc.execute("create or replace function test_refuse_mail() returns trigger language plpgsql as $$ begin"
        + " if new.recipient = '" + request.billingEmail() + "' then raise exception 'panne simulée'; end if; return new; end $$");
    jdbc.execute("create trigger test_refuse_mail before insert on outgoing_mail for each row execute function test_refuse_mail()");
    Job access;
    try {
      for (int round = 0; round < 20 && jobAt(pi, "EnvoyerInformationsAcces") == null; round++) {
        managementService.createJobQuery().processInstanceId(pi.getId()).executable().list()
            .forEach(job -> managementService.executeJob(job.getId()));
      }
      access = jobAt(pi, "EnvoyerInformationsAcces");
      assertThat(Jobs.tryRun(managementService, access.getId())).as("the step fails on its third mail").isFalse();
    } finally {
      jdbc.execute("drop trigger test_refuse_mail on outgoing_mail");
      jdbc.execute("drop function test_refuse_mail()");
    }
    assertThat(managementService.createJobQuery().jobId(access.getId()).singleResult().getRetries()).isEqualTo(4);
    for (String recipient : recipients) {
      assertThat(mailsTo(recipient, "Votre accès").size() + mailsTo(recipient, "Convention d'accès activée").size())
          .as("nothing left for %s", recipient).isZero(); // the invitations to sign went out earlier
      assertThat(journal.findByRecipientOrderByCreatedAtDesc(recipient)).filteredOn(m -> isAccessMail(m.getSubject()))
          .as("nothing on record for %s", recipient).isEmpty();
    }
    assertThat(jdbc.queryForObject("select count(*) from account_activation where user_id in (?, ?) and purpose = 'SPACE_ACCESS'",
        Integer.class, registered.presidentUserId(), registered.secretaryUserId())).as("the links rolled back with the mails").isZero();

    managementService.executeJob(access.getId()); // the engine's retry
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).hasPassed("EnvoyerInformationsAcces", "ConventionActive").isEnded();
    for (String recipient : recipients) {
      assertThat(mailsTo(recipient, "Votre accès").size() + mailsTo(recipient, "Convention d'accès activée").size())
          .as("one access mail to %s", recipient).isEqualTo(1);
      assertThat(journal.findByRecipientOrderByCreatedAtDesc(recipient)).filteredOn(m -> isAccessMail(m.getSubject()))
          .singleElement().satisfies(m -> assertThat(m.getStatus()).isEqualTo(OutgoingMail.Status.SENT));
    }
    String link = text(mailTo(request.firstSignatoryEmail(), "Votre accès")).lines()
        .filter(line -> line.contains("activation.html?jeton=")).findFirst().orElseThrow();
    assertThat(accounts.activationUserId(link.substring(link.indexOf("jeton=") + 6).strip())).isEqualTo(registered.presidentUserId());
  }

  private static boolean isAccessMail(String subject) {
    return subject.startsWith("Votre accès") || subject.startsWith("Convention d'accès activée");
  }

  /** Runs the asynchronous « Enregistrer … » steps waiting after the signature tasks, as the job executor would. */
  private void recordDecisions(ProcessInstance pi) {
    for (String step : List.of("EnregistrerDecisionPremierSignataire", "EnregistrerDecisionSecondSignataire", "EnregistrerContresignature")) {
      Job job = jobAt(pi, step);
      if (job != null) {
        managementService.executeJob(job.getId());
      }
    }
  }

  private Job jobAt(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  @Test
  void aCpasWhoseCommuneIsUnderConventionIsOfferedHalfTheFee() throws Exception {
    String entity = "Entité " + TestEnterpriseNumbers.next().digits();
    transactions.executeWithoutResult(s -> {
      Municipality municipality = municipalities.save(new Municipality(entity));
      Organisation commune = organisations.save(new Organisation(municipality, OrganisationType.COMMUNE, "Commune de " + entity,
          TestEnterpriseNumbers.next(), new Address("Place communale 1", "5000", "Namur"), "commune@org.test"));
      Convention communeConvention = new Convention(commune, "agent@uvcw.test", Set.of(), Instant.now());
      communeConvention.activateImported(ConventionDates.fromSignature(LocalDate.parse("2025-09-10")), TODAY);
      conventions.save(communeConvention);
    });
    var registered = requests.register(OnboardingRequests.forType("CPAS", entity));
    ProcessInstance pi = acceptedAndWaitingForSignatures(registered);
    assertThat((String) runtimeService.getVariable(pi.getId(), "monthlyFeeText")).startsWith("41,00\u00A0€ HTVA par mois (réduction CPAS de 50\u00A0% sur 82,00\u00A0€ HTVA par mois");
    Convention convention = conventions.findById(registered.conventionId()).orElseThrow();
    assertThat(convention.getReductionPercent()).isEqualTo(50);
    assertThat(convention.getMonthlyFee()).isEqualByComparingTo("82.00");
    try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
            documents.document(registered.conventionId()).getContent()));
        var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
      assertThat(FrenchStyle.assertFrenchStyle(extractor.getText())).contains("82,00\u00A0€ (+ TVA 21\u00A0%) par mois",
          "réduite à 50\u00A0% du montant susmentionné", "réduite de 50\u00A0% et s'élève à 41,00\u00A0€ HTVA par mois");
    }
  }

  private ProcessInstance acceptedAndWaitingForSignatures(MembershipRequestService.RegisteredRequest registered) {
    ProcessInstance pi = instance(registered.processInstanceId());
    complete(task(pi), withVariables("reviewDecision", "ACCEPT"));
    Jobs.runAll(managementService, pi.getId());
    assertThat(pi).isWaitingAt("SignerPresident", "SignerSecretaire");
    return pi;
  }

  private ProcessInstance instance(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private static Task task(ProcessInstance pi) {
    return BpmnAwareTests.task(pi);
  }

  private static Task task(String key, ProcessInstance pi) {
    return BpmnAwareTests.task(key, pi);
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
  }

  /** The Belgian day a timer is due (its hour depends on the JVM zone around a DST change). */
  private static LocalDate dayOf(Job timer) {
    return LocalDate.ofInstant(timer.getDuedate().toInstant(), BRUSSELS);
  }

  private ConventionStatus status(Long conventionId) {
    return conventions.findById(conventionId).orElseThrow().getStatus();
  }

  private static void setToday(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(at(day, hour)));
  }

  private static Instant at(LocalDate day, int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), BRUSSELS).toInstant();
  }

  private List<MimeMessage> mailsTo(String recipient, String subjectStart) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      boolean toRecipient = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
      if (toRecipient && message.getSubject().startsWith(subjectStart)) {
        found.add(message);
      }
    }
    return found;
  }

  private MimeMessage mailTo(String recipient, String subjectStart) throws Exception {
    List<MimeMessage> found = mailsTo(recipient, subjectStart);
    assertThat(found).as("mail « %s… » to %s", subjectStart, recipient).isNotEmpty();
    return found.get(found.size() - 1);
  }

  static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof String s) {
      return s;
    }
    var multipart = (jakarta.mail.Multipart) content;
    for (int i = 0; i < multipart.getCount(); i++) {
      var part = multipart.getBodyPart(i);
      if (part.isMimeType("text/plain") && part.getFileName() == null) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof jakarta.mail.Multipart inner) {
        for (int j = 0; j < inner.getCount(); j++) {
          if (inner.getBodyPart(j).isMimeType("text/plain")) {
            return (String) inner.getBodyPart(j).getContent();
          }
        }
      }
    }
    throw new IllegalStateException("No text in " + message.getSubject());
  }


}
