package be.uvcw.convention.maintenance;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.platform.FormValues;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.maintenance.MaintenanceMember.Status;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Équipe de maintenance (art. 5): a person is added to the "maintenance" group only when they
 * have signed the Maintenance Charter; revoking removes the group membership at once.
 */
@Service
@RequiredArgsConstructor
public class MaintenanceTeamService {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final MaintenanceMemberRepository members;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final MailService mailService;
  private final MailTemplates templates;
  private final Clock clock;

  public record Proposal(String userId, String fullName, String email, String organisationName, String proposedBy) {}

  /** The proposal the maintenance-membership process instance recorded. */
  @Transactional(readOnly = true)
  public Optional<MaintenanceMember> findByProcessInstanceId(String processInstanceId) {
    return members.findByProcessInstanceId(processInstanceId);
  }

  /** Records the proposal of that process instance (idempotent); the person's Camunda account must exist. */
  @Transactional
  public MaintenanceMember propose(Proposal proposal, String processInstanceId) {
    var existing = members.findByProcessInstanceId(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    String userId = FormValues.requiredText(proposal.userId(), "l'identifiant de la personne", 64);
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new BadInput("Aucun compte « " + userId + " » n'existe : créez-le d'abord dans Camunda Admin.");
    }
    String email = FormValues.requiredText(proposal.email(), "l'adresse e-mail", 254);
    if (!EMAIL.matcher(email).matches()) {
      throw new BadInput("Adresse e-mail invalide : « " + email + " ».");
    }
    if (members.findFirstByUserIdAndStatusIn(userId, List.of(Status.PROPOSED, Status.ACTIVE)).isPresent()) {
      throw new Conflict("« " + userId + " » est déjà proposé ou membre de l'Équipe de maintenance.");
    }
    return members.saveAndFlush(new MaintenanceMember(userId, FormValues.requiredText(proposal.fullName(), "le nom", 200), email,
        FormValues.requiredText(proposal.organisationName(), "l'organisation", 200), proposal.proposedBy(), clock.instant(), processInstanceId));
  }

  /** The person signed the Charter in their task: from now on they have the maintenance group's rights. */
  @Transactional
  public MaintenanceMember signCharter(Long memberId, Object accepted, Object signedOn) {
    MaintenanceMember member = get(memberId);
    member.signCharter(CharterSignature.check(accepted, signedOn, LocalDate.now(clock)));
    if (identityService.createUserQuery().userId(member.getUserId()).memberOfGroup(Groups.MAINTENANCE).count() == 0) {
      identityService.createMembership(member.getUserId(), Groups.MAINTENANCE);
    }
    return member;
  }

  /** Ends the membership (or withdraws a proposal not yet signed): the group's rights go at once. */
  @Transactional
  public MaintenanceMember revoke(String userId, String revokedBy) {
    MaintenanceMember member = members.findFirstByUserIdAndStatusIn(userId, List.of(Status.PROPOSED, Status.ACTIVE))
        .orElseThrow(() -> new NotFound("« " + userId + " » n'est ni proposé ni membre de l'Équipe de maintenance."));
    if (member.getStatus() == Status.PROPOSED && member.getProcessInstanceId() != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(member.getProcessInstanceId()).count() > 0) {
      runtimeService.deleteProcessInstance(member.getProcessInstanceId(), "Proposition retirée par " + revokedBy);
    }
    member.revoke(revokedBy, clock.instant());
    identityService.deleteMembership(userId, Groups.MAINTENANCE);
    return member;
  }

  /** The published list (art. 5): current members only. */
  @Transactional(readOnly = true)
  public List<MaintenanceMember> currentMembers() {
    return members.findByStatusOrderByFullNameAsc(Status.ACTIVE);
  }

  @Transactional
  public void mailMembers(String subject, String body) {
    for (MaintenanceMember member : currentMembers()) {
      mailService.send(templates.mail("notice", member.getEmail(), null,
          Map.of(MailTemplates.RECIPIENT_NAME, member.getFullName(), "subject", subject, "text", body)));
    }
  }

  @Transactional
  public void welcome(Long memberId) {
    MaintenanceMember member = get(memberId);
    mailService.send(templates.mail("maintenance-welcome", member.getEmail(), null,
        Map.of(MailTemplates.RECIPIENT_NAME, member.getFullName(), "charterSignedOn", member.getCharterSignedOn())));
  }

  @Transactional(readOnly = true)
  public MaintenanceMember get(Long memberId) {
    return members.findById(memberId).orElseThrow(() -> new NotFound("Membre " + memberId + " introuvable."));
  }

}
