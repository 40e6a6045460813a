package be.uvcw.convention.onboarding.web;

import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.onboarding.MembershipRequest;
import be.uvcw.convention.onboarding.MembershipRequestService;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Union staff register a membership request (English field names, as in {@link MembershipRequest}):
 * 201 with the ids, 400 with every field error in French (nothing saved), 409 when the organisation
 * already has an open convention.
 */
@RestController
@RequestMapping("/api/membership-requests")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MembershipRequestController {

  private final MembershipRequestService requests;
  private final CurrentUser currentUser;

  @PostMapping
  ResponseEntity<MembershipRequestService.RegisteredRequest> register(@RequestBody MembershipRequest request) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    return ResponseEntity.status(HttpStatus.CREATED).body(requests.register(request));
  }
}
