package be.uvcw.convention.maintenance.web;

import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.EngineCalls;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.maintenance.MaintenanceMember;
import be.uvcw.convention.maintenance.MaintenanceMembershipProcess;
import be.uvcw.convention.maintenance.MaintenanceTeamService;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The Équipe de maintenance: its published list, proposals and revocations (art. 5). */
@RestController
@RequiredArgsConstructor
public class MaintenanceTeamController {

  private final MaintenanceTeamService team;
  private final MaintenanceMembershipProcess process;
  private final IdentityService identityService;
  private final CurrentUser currentUser;

  /** What the contract publishes: name, organisation, date the Charter was signed. No e-mail, no account id. */
  public record PublishedMember(String fullName, String organisation, LocalDate charterSignedOn) {}

  public record NewProposal(String userId, String fullName, String email, String organisation) {}

  public record ProposalView(Long id, String userId, String status, String processInstanceId) {}

  /** Any signed-in person (Users' signatories included) may read the list; the Union copies it to the public website. */
  @GetMapping("/api/maintenance-team")
  public List<PublishedMember> list() {
    currentUser.userId();
    return team.currentMembers().stream().map(m -> new PublishedMember(m.getFullName(), m.getOrganisationName(), m.getCharterSignedOn())).toList();
  }

  @PostMapping("/api/maintenance-team/proposals")
  @ResponseStatus(HttpStatus.CREATED)
  public ProposalView propose(@RequestBody NewProposal body) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    String processInstanceId = process.start(new MaintenanceTeamService.Proposal(body.userId(), body.fullName(), body.email(),
        body.organisation(), currentUser.userId()));
    MaintenanceMember member = team.findByProcessInstanceId(processInstanceId).orElseThrow();
    return new ProposalView(member.getId(), member.getUserId(), member.getStatus().name(), processInstanceId);
  }

  @DeleteMapping("/api/maintenance-team/{userId}")
  public ProposalView revoke(@PathVariable String userId) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    String revokedBy = currentUser.userId();
    MaintenanceMember member = EngineCalls.asApplication(identityService, () -> team.revoke(userId, revokedBy));
    return new ProposalView(member.getId(), member.getUserId(), member.getStatus().name(), member.getProcessInstanceId());
  }
}
