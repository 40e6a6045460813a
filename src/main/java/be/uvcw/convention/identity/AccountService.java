package be.uvcw.convention.identity;

import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.Signatory;
import java.time.Duration;
import be.uvcw.convention.organisation.SignatoryRepository;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Camunda tenants and accounts for the Users' people. Accounts are created without a usable
 * password; the person chooses one through a one-time activation link sent by e-mail.
 */
@Service
@RequiredArgsConstructor
public class AccountService {

  static final Duration ACTIVATION_VALIDITY = AccessLinks.VALIDITY;

  private final IdentityService identityService;
  private final TaskService taskService;
  private final SignatoryRepository signatories;
  private final AccessLinks links;

  /** The organisation's tenant, created once, visible to every Union group (staff, management, finance, maintenance). */
  @Transactional
  public void ensureTenant(Organisation organisation) {
    ensureTenant(organisation.getTenantId(), organisation.getName());
  }

  /**
   * The tenant named after the organisation, with the Union's groups as members: also for a request
   * whose new organisation is not recorded yet (invalid), so that its « Corriger la demande » task
   * is in a tenant staff belong to (issue 12: no request vanishes).
   */
  public void ensureTenant(String tenantId, String organisationName) {
    if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
      Tenant tenant = identityService.newTenant(tenantId);
      tenant.setName(organisationName == null || organisationName.isBlank() ? tenantId : organisationName.trim());
      identityService.saveTenant(tenant);
    }
    for (String group : IdentitySetup.UNION_GROUPS) {
      IdentitySetup.ensureTenantGroupMembership(identityService, tenantId, group);
    }
  }

  /** The signatory's Camunda user, in the signatories group and the organisation's tenant; created once. */
  @Transactional
  public void ensureSignatoryAccount(Signatory signatory) {
    Organisation organisation = signatory.getOrganisation();
    ensureTenant(organisation);
    String userId = signatory.getUserId();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      // An unguessable password nobody knows: the person sets their own through the activation link.
      user.setPassword(AccessTokens.newToken());
      links.accountCreated(userId);
    }
    String[] names = splitName(signatory.getFullName());
    user.setFirstName(names[0]);
    user.setLastName(names[1]);
    user.setEmail(signatory.getEmail());
    identityService.saveUser(user);
    if (identityService.createGroupQuery().groupId(Groups.SIGNATORIES).groupMember(userId).count() == 0) {
      identityService.createMembership(userId, Groups.SIGNATORIES);
    }
    if (identityService.createTenantQuery().tenantId(organisation.getTenantId()).userMember(userId).count() == 0) {
      identityService.createTenantUserMembership(organisation.getTenantId(), userId);
    }
  }

  /**
   * A signatory replaced by a newer request (another person now holds the role): they leave the
   * organisation's tenant and, signing for no one any more, the signatories group; their links stop
   * working; their open tasks (assigned, or offered to them as candidate) go to their successor, who
   * now holds the duty. The account itself stays, so history still names who signed before.
   */
  @Transactional
  public void retireSignatory(String formerUserId, String tenantId, String successorUserId) {
    if (identityService.createTenantQuery().tenantId(tenantId).userMember(formerUserId).count() > 0) {
      identityService.deleteTenantUserMembership(tenantId, formerUserId);
    }
    if (signatories.findByUserId(formerUserId).isEmpty()
        && identityService.createGroupQuery().groupId(Groups.SIGNATORIES).groupMember(formerUserId).count() > 0) {
      identityService.deleteMembership(formerUserId, Groups.SIGNATORIES);
    }
    links.revokeAll(formerUserId);
    for (Task task : taskService.createTaskQuery().taskAssignee(formerUserId).list()) {
      taskService.setAssignee(task.getId(), successorUserId);
    }
    for (Task task : taskService.createTaskQuery().taskCandidateUser(formerUserId).list()) {
      boolean direct = taskService.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && formerUserId.equals(link.getUserId()));
      if (direct) {
        taskService.deleteCandidateUser(task.getId(), formerUserId);
        taskService.addCandidateUser(task.getId(), successorUserId);
      }
    }
  }

  /** A one-time link, valid 30 days, through which the user chooses a password; earlier links stop working. */
  public String issueActivationLink(String userId, AccountActivation.Purpose purpose) {
    return links.issue(userId, purpose).url();
  }

  /** Passwords are at least this long, everywhere (ConventionPasswordPolicy). */
  public static final int MINIMUM_PASSWORD_LENGTH = ConventionPasswordPolicy.MINIMUM_LENGTH;

  /** Who the link is for, or why it cannot be used (French message), without using it. */
  public String activationUserId(String token) {
    return links.userIdOf(token);
  }

  /** Sets the password chosen through an activation link; the link then stops working. */
  public AccessLinks.Activated activate(String token, String newPassword) {
    return links.activate(token, newPassword);
  }

  private static String[] splitName(String fullName) {
    String trimmed = fullName.trim();
    int space = trimmed.indexOf(' ');
    return space < 0 ? new String[] {trimmed, ""} : new String[] {trimmed.substring(0, space), trimmed.substring(space + 1)};
  }
}
